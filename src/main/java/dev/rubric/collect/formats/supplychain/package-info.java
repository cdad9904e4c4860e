/**
 * Supply-chain files. They are not subjects of their own: what they say goes into the
 * {@code facts} of their {@code files} record, so a rubric reads {@code item.facts.basePinning}.
 * Rubric authors find these facts in the evidence schema ({@code rubric schema evidence},
 * {@code files.facts}); keep the two lists in step.
 *
 * <ul>
 *   <li><b>dockerfile</b> ({@link dev.rubric.collect.formats.supplychain.DockerfileParser}):
 *   {@code stages} [{line, name?, image, written? (before ARG substitution), pinning (pinned, tagged,
 *   floating, unresolved), fromStage?, scratch?, baseImage, basePinning}], {@code baseImage},
 *   {@code basePinning} (of the final stage, following stage references), {@code fromPinned} (every
 *   external FROM by digest), {@code labels} {key: value}, {@code ociLabels} (short OCI names present,
 *   Label Schema keys mapped), {@code revisionArg} (the ARG injected into the revision label),
 *   {@code args} [{name, default?, redacted?}], {@code user}, {@code entrypoint}, {@code cmd}.</li>
 *   <li><b>dependency-manifest / lockfile</b>
 *   ({@link dev.rubric.collect.formats.supplychain.DependencyParser}): {@code ecosystem} (python, node,
 *   java, go), {@code dependencies}, {@code pinned} and {@code pinnedShare} (manifests), {@code hashes}
 *   (every entry hashed), {@code locked}, {@code aiPackages}, {@code catalogReferences} (Gradle).</li>
 *   <li><b>ci-workflow</b> ({@link dev.rubric.collect.formats.supplychain.CiWorkflowParser}):
 *   {@code buildsImages}, {@code imageBuilders}, {@code provenance}, {@code sbom}, {@code signing},
 *   {@code ociLabels}, {@code commitBuildArgs} (build arguments set to the commit being built),
 *   {@code evaluations}, {@code promptPathFilters}, and for GitHub {@code actions},
 *   {@code actionsPinned}, {@code actionsPinnedShare}.</li>
 *   <li><b>codeowners</b> ({@link dev.rubric.collect.formats.supplychain.CodeownersParser}):
 *   {@code rules} [{line, pattern, owners}], {@code ruleCount}, {@code effective}.</li>
 *   <li><b>inventory</b> ({@link dev.rubric.collect.formats.supplychain.AiInventoryParser}):
 *   {@code specVersion}, {@code components}, {@code models}, {@code datasets}, {@code services},
 *   {@code modelCards}, {@code modelsWithHashes}; plus one {@code models} subject per declared model
 *   (field "inventory").</li>
 * </ul>
 */
package dev.rubric.collect.formats.supplychain;
