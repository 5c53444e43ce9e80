package movebot.chat;

import java.util.List;
import java.util.function.Consumer;
import movebot.faq.Source;
import movebot.prompts.Prompt;
import movebot.reminders.DuePrompt;
import movebot.reminders.PromptOutlet;

/** Renders due prompts as messages with ✅ Done · ⏰ Snooze · 🔕 Stop and sends them behind replies. */
public final class PromptMessages implements PromptOutlet {
  private final AnswerDesk desk;
  private final ProgrammeDesk programmes;
  private final Outbound outbound;

  public PromptMessages(AnswerDesk desk, ProgrammeDesk programmes, Outbound outbound) {
    this.desk = desk;
    this.programmes = programmes;
    this.outbound = outbound;
  }

  @Override
  public void deliver(DuePrompt due, Consumer<Result> whenDone) {
    outbound.send(render(due), Outbound.Lane.PROMPT, outcome -> whenDone.accept(result(outcome)));
  }

  Reply.Message render(DuePrompt due) {
    if (due.kind() != movebot.reminders.Kind.PROMPT) {
      return programmes.render(due);
    }
    AnswerDesk.Library library = desk.library();
    List<Prompt> prompts = library.prompts().prompts();
    // A reload may have removed the prompt that was picked; any prompt beats none.
    Prompt prompt = prompts.stream().filter(p -> p.id().equals(due.promptId())).findFirst().orElse(prompts.get(0));
    String source = library.base().sourceById(prompt.sourceId()).map(Source::title).orElse("");
    StringBuilder html = new StringBuilder(due.snoozed() ? "⏰ <b>Reminder: time to move</b>\n" : "🚶 <b>Time to move</b>\n");
    html.append(Html.escape(prompt.text())).append('\n');
    prompt.easier().ifPresent(e -> html.append("Easier: ").append(Html.escape(e)).append('\n'));
    prompt.harder().ifPresent(h -> html.append("Harder: ").append(Html.escape(h)).append('\n'));
    html.append(Html.italic("Why: " + prompt.why())).append("\nStop if it makes your pain worse.\n")
        .append(Html.italic("Source: " + source));
    List<Button> row = due.snoozed()
        ? List.of(new Button("✅ Done", ReminderDesk.DONE + due.deliveryId()), new Button("🔕 Stop", ReminderDesk.STOP))
        : List.of(
            new Button("✅ Done", ReminderDesk.DONE + due.deliveryId()),
            new Button("⏰ Snooze 15 min", ReminderDesk.SNOOZE + due.deliveryId()),
            new Button("🔕 Stop", ReminderDesk.STOP));
    return new Reply.Message(due.chatId(), html.toString(), List.of(row));
  }

  private static Result result(Outbound.Outcome outcome) {
    return switch (outcome) {
      case DELIVERED -> Result.DELIVERED;
      case FAILED -> Result.FAILED;
      case CHAT_GONE -> Result.CHAT_GONE;
      case ABANDONED -> Result.ABANDONED;
    };
  }
}
