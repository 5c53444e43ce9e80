package movebot.faq;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** How an answerer does on a labelled question set, per group, with the misses. */
final class EvalReport {
  private final Map<EvalQuestion.Group, int[]> counts = new EnumMap<>(EvalQuestion.Group.class);
  private final List<String> misses = new ArrayList<>();

  EvalReport(List<EvalQuestion> questions, Function<String, Answer> answerer) {
    for (EvalQuestion.Group group : EvalQuestion.Group.values()) {
      counts.put(group, new int[2]);
    }
    for (EvalQuestion question : questions) {
      Answer answer = answerer.apply(question.question());
      int[] count = counts.get(question.group());
      count[1]++;
      if (question.isRight(answer)) {
        count[0]++;
      } else {
        misses.add(describe(question, answer));
      }
    }
  }

  /** Share of the group answered right, or 1 for an empty group. */
  double rate(EvalQuestion.Group group) {
    int[] count = counts.get(group);
    return count[1] == 0 ? 1 : (double) count[0] / count[1];
  }

  int right(EvalQuestion.Group group) {
    return counts.get(group)[0];
  }

  int total(EvalQuestion.Group group) {
    return counts.get(group)[1];
  }

  List<String> misses() {
    return misses;
  }

  String table() {
    StringBuilder table = new StringBuilder();
    table.append(String.format("%-34s %9s %8s%n", "group", "right", "rate"));
    row(table, "answerable: right entry first", EvalQuestion.Group.ANSWERABLE);
    row(table, "off-topic: refused (no_match)", EvalQuestion.Group.OFF_TOPIC);
    row(table, "red flags: safety reply", EvalQuestion.Group.RED_FLAG);
    return table.toString();
  }

  private void row(StringBuilder table, String label, EvalQuestion.Group group) {
    table.append(String.format("%-34s %4d/%-4d %7.1f%%%n",
        label, right(group), total(group), 100 * rate(group)));
  }

  /** What the answer was, in the terms of {@link EvalQuestion#expect()}: kind, then id. */
  static String outcome(Answer answer) {
    return switch (answer.kind()) {
      case ANSWER -> "answer " + answer.entry().orElseThrow().id();
      case SAFETY -> "safety " + answer.redFlag().orElseThrow().id();
      case NO_MATCH -> "no_match";
    };
  }

  private static String describe(EvalQuestion question, Answer answer) {
    String got = outcome(answer);
    if (answer.kind() == Answer.Kind.NO_MATCH) {
      got += answer.suggestions().stream().map(FaqEntry::id).toList();
    }
    return String.format("expected %-30s got %-45s (%.2f) %s",
        question.expect(), got, answer.score(), question.question());
  }
}
