package dev.rubric;
public final class Main { public static void main(String[] a) { } }
