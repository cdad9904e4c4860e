package dev.rubric.collect.read.code;

/**
 * The text of something to scan, in the forms the scans want, each made once: what the code
 * readers need of a file, without tying them to the walker's file type, so that text that
 * did not come from a tree (a ConfigMap read from a cluster, a layer of an image) can be scanned
 * the same way.
 */
public interface SourceText {
    /** The name a language is recognised by: a file name, or the key of embedded content. */
    String fileName();

    String text();

    /** The same text as UTF-8 bytes, for scans of ASCII tokens. */
    byte[] utf8();

    /** The same text as characters, for scans that look at every character. */
    char[] chars();
}
