package dev.rubric.bench.accuracy;

/**
 * The counts behind one row of the benchmark. Totals add counts, never percentages, so a large
 * repository weighs as much as its entries and not as one row.
 */
record Figures(int mustModels, int foundModels, int mustPrompts, int foundPrompts, int mustFacts, int foundFacts,
               int noiseEntries, int noiseHits, int modelsReported, int modelsMatched, int promptsReported,
               int promptsMatched, int pinningJudged, int pinningAgreed) {

    static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    int mustTotal() {
        return mustModels + mustPrompts + mustFacts;
    }

    int mustFound() {
        return foundModels + foundPrompts + foundFacts;
    }

    Figures plus(Figures o) {
        return new Figures(mustModels + o.mustModels, foundModels + o.foundModels, mustPrompts + o.mustPrompts,
                foundPrompts + o.foundPrompts, mustFacts + o.mustFacts, foundFacts + o.foundFacts,
                noiseEntries + o.noiseEntries, noiseHits + o.noiseHits, modelsReported + o.modelsReported,
                modelsMatched + o.modelsMatched, promptsReported + o.promptsReported, promptsMatched + o.promptsMatched,
                pinningJudged + o.pinningJudged, pinningAgreed + o.pinningAgreed);
    }
}
