package movebot.faq;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The knowledge files cannot be used. The message lists every error, one per line, each naming
 * the file, the entry or key, and the reason.
 */
public final class KnowledgeException extends Exception {
  private static final long serialVersionUID = 1L;

  private final List<KnowledgeProblem> problems;

  KnowledgeException(List<KnowledgeProblem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  /** The errors, in file order. */
  public List<KnowledgeProblem> problems() {
    return problems;
  }

  private static String describe(List<KnowledgeProblem> problems) {
    if (problems.size() == 1) {
      return problems.get(0).toString();
    }
    return problems.size() + " problems in the knowledge files:\n"
        + problems.stream().map(KnowledgeProblem::toString).collect(Collectors.joining("\n"));
  }
}
