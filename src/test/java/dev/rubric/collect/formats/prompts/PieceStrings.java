package dev.rubric.collect.formats.prompts;

import java.util.Random;

/** Random texts glued from pieces of code: dense in the tokens a scanner must get right. */
final class PieceStrings {
    private final Random random;
    private final String[] pieces;
    private final int maxPieces;

    PieceStrings(long seed, int maxPieces, String... pieces) {
        this.random = new Random(seed);
        this.pieces = pieces;
        this.maxPieces = maxPieces;
    }

    String next() {
        StringBuilder text = new StringBuilder();
        int count = 1 + random.nextInt(maxPieces);
        for (int k = 0; k < count; k++) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        return text.toString();
    }
}
