package org.edu4all.studio.policy;

/**
 * A verdict together with the normalised form of the text it was reached on, for the dry-run tester and the CLI:
 * seeing "un nino con espada" next to "un niño con 3sp4da" explains the decision.
 */
public record Evaluation(Verdict verdict, String normalized) {
}
