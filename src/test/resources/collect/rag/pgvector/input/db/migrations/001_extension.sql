create extension vector;
