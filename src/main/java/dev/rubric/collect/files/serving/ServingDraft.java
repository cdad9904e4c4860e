package dev.rubric.collect.files.serving;

import dev.rubric.evidence.ImageRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The settings of one model server as they are read, before they become a ServingConfig. */
final class ServingDraft {
    String engine;
    final String carrier;
    String model;
    boolean modelUnresolved;
    String revision;
    ImageRef image;
    final List<String> servedModelNames = new ArrayList<>();
    final List<String> loraModules = new ArrayList<>();
    Long maxLoraRank;
    Long maxLoras;
    Boolean promptLogging;
    final Map<String, String> settings = new TreeMap<>();
    final Set<String> unresolved = new TreeSet<>();

    ServingDraft(String engine, String carrier) {
        this.engine = engine;
        this.carrier = carrier;
    }

    void unresolved(String setting) {
        unresolved.add(setting);
    }
}
