package dev.rubric.collect.read.container;

import dev.rubric.evidence.ImageRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The settings of one model server as they are read, before they become a ServingConfig. */
public final class ServingDraft {
    String engine;
    final String carrier;
    public String model;
    boolean modelUnresolved;
    public String revision;
    /** The file line of the value that names the model; 0 when the reader has no line for it. */
    public int modelLine;
    public ImageRef image;
    public final List<String> servedModelNames = new ArrayList<>();
    public final List<String> loraModules = new ArrayList<>();
    Long maxLoraRank;
    Long maxLoras;
    Boolean promptLogging;
    public final Map<String, String> settings = new TreeMap<>();
    public final Set<String> unresolved = new TreeSet<>();

    public ServingDraft(String engine, String carrier) {
        this.engine = engine;
        this.carrier = carrier;
    }

    public void unresolved(String setting) {
        unresolved.add(setting);
    }
}
