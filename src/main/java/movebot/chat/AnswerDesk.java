package movebot.chat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import movebot.faq.Answer;
import movebot.faq.Answerer;
import movebot.faq.FaqEntry;
import movebot.faq.KnowledgeBase;
import movebot.faq.KnowledgeException;
import movebot.faq.Source;
import movebot.faq.Topic;
import movebot.prompts.Prompt;
import movebot.prompts.PromptLibrary;

/**
 * Questions, topics, tips and feedback: everything the knowledge base answers. The knowledge
 * is one immutable {@link Library} swapped in whole by {@link #reload}, so a reader never sees
 * half of an old base and half of a new one.
 *
 * <p>Callback data: {@code a:<entry>} shows an entry, {@code t:<topic>} lists a topic,
 * {@code f+:<entry>} / {@code f-:<entry>} vote. Ids are checked against the current base, so
 * forged data and buttons left over from an older base end in an "expired" notice.
 */
public final class AnswerDesk {
  static final String SHOW = "a:";
  static final String TOPIC = "t:";
  static final String HELPFUL = "f+:";
  static final String UNHELPFUL = "f-:";
  private static final int RELATED = 3;
  private static final int REMEMBERED_QUESTIONS = 10_000;

  /**
   * The knowledge files, read and checked, and the search index built from them. Reading and
   * checking is quick; building the index takes a moment, so the bot can {@linkplain #read read}
   * the files first, start taking messages, and {@linkplain #index build the index} meanwhile:
   * a question that comes before the index is ready waits for it.
   */
  public static final class Library {
    private final KnowledgeBase base;
    private final PromptLibrary prompts;
    private final CompletableFuture<Answerer> answerer = new CompletableFuture<>();

    private Library(KnowledgeBase base, PromptLibrary prompts) {
      this.base = base;
      this.prompts = prompts;
    }

    /** Reads and checks the files and builds the index. */
    public static Library load(Path configDir) throws KnowledgeException, IOException {
      return read(configDir).index();
    }

    /**
     * Reads and checks the files, as {@link #load} does, without building the index: every
     * error {@link #load} would report is reported here. {@link #index} builds it.
     */
    public static Library read(Path configDir) throws KnowledgeException, IOException {
      KnowledgeBase base = KnowledgeBase.load(configDir);
      return new Library(
          base, PromptLibrary.load(configDir, base.entries().stream().map(FaqEntry::sourceId).collect(Collectors.toSet())));
    }

    /**
     * Builds the search index, once; returns this library. A failure is thrown here and by
     * every later {@link #answerer()}.
     */
    public synchronized Library index() {
      if (!answerer.isDone()) {
        try {
          answerer.complete(new Answerer(base));
        } catch (RuntimeException | Error e) {
          answerer.completeExceptionally(e);
          throw e;
        }
      }
      return this;
    }

    /** Completes when the index is built, exceptionally if building it failed. */
    public CompletionStage<Answerer> indexed() {
      return answerer.minimalCompletionStage();
    }

    public KnowledgeBase base() {
      return base;
    }

    public PromptLibrary prompts() {
      return prompts;
    }

    /** The search over this knowledge; waits for {@link #index} if it is still being built. */
    public Answerer answerer() {
      try {
        return answerer.join();
      } catch (CompletionException e) {
        throw new IllegalStateException("the search index could not be built", e.getCause());
      }
    }
  }

  /** What a question gets: the engine's verdict and the message a person would read. */
  public record Lookup(Answer answer, Reply.Message reply) {}

  private final Path configDir;
  private final AtomicReference<Library> library;
  private final FeedbackStore feedback;
  /** The question behind each recent answer, so a 👍/👎 can be stored with it. Lost on restart. */
  private final Map<String, String> recentQuestions = RecentMap.withMaxSize(REMEMBERED_QUESTIONS);

  public AnswerDesk(Path configDir, Library library, FeedbackStore feedback) {
    this.configDir = configDir;
    this.library = new AtomicReference<>(library);
    this.feedback = feedback;
  }

  /** The reply to {@code question} without storing anything; used by chat and by {@code movebot ask}. */
  public Lookup lookup(long chatId, String question) {
    Library current = library.get();
    Answer answer = current.answerer().answer(question);
    return new Lookup(answer, render(current, chatId, answer));
  }

  /** The knowledge in use now. */
  Library library() {
    return library.get();
  }

  /** The title of the article {@code entry} comes from. */
  public String sourceTitle(FaqEntry entry) {
    return library.get().base().source(entry).title();
  }

  List<Reply> answer(Incoming.Origin origin, String question) {
    Lookup lookup = lookup(origin.chatId(), question);
    Answer answer = lookup.answer();
    if (answer.kind() == Answer.Kind.NO_MATCH && !question.isBlank()) {
      feedback.unanswered(origin.userId(), question.strip());
    }
    answer.entry().ifPresent(entry -> recentQuestions.put(origin.chatId() + ":" + entry.id(), question.strip()));
    return List.of(lookup.reply());
  }

  private static Reply.Message render(Library library, long chatId, Answer answer) {
    if (answer.kind() == Answer.Kind.SAFETY) {
      String reply = answer.redFlag().orElseThrow().reply();
      return new Reply.Message(chatId, "⚠️ <b>Please get medical help</b>\n" + Html.escape(reply));
    }
    if (answer.kind() == Answer.Kind.ANSWER) {
      return entryMessage(library, chatId, answer.entry().orElseThrow(), answer.suggestions());
    }
    StringBuilder text = new StringBuilder(
        "Sorry, I don't have an answer to that. I only know what a few articles say about exercise"
            + " and back pain, and I'd rather say so than guess.");
    if (answer.suggestions().isEmpty()) {
      text.append("\nTry /topics to see what I can answer.");
      return new Reply.Message(chatId, text.toString());
    }
    text.append("\nDid you mean one of these?");
    return new Reply.Message(chatId, text.toString(), entryButtons(answer.suggestions()));
  }

  private static Reply.Message entryMessage(Library library, long chatId, FaqEntry entry, List<FaqEntry> related) {
    Source source = library.base().source(entry);
    String html =
        Html.bold(entry.title()) + "\n" + Html.escape(entry.answer()) + "\n\n" + Html.italic("Source: " + source.title());
    List<List<Button>> buttons = new ArrayList<>(entryButtons(related));
    buttons.add(List.of(new Button("👍 Helpful", HELPFUL + entry.id()), new Button("👎 Not helpful", UNHELPFUL + entry.id())));
    return new Reply.Message(chatId, html, buttons);
  }

  private static List<List<Button>> entryButtons(List<FaqEntry> entries) {
    return entries.stream().map(e -> List.of(new Button(e.title(), SHOW + e.id()))).toList();
  }

  Reply topics(long chatId) {
    List<List<Button>> rows = new ArrayList<>();
    List<Button> row = new ArrayList<>();
    for (Topic topic : library.get().base().topics()) {
      row.add(new Button(topic.label(), TOPIC + topic.id()));
      if (row.size() == 2) {
        rows.add(row);
        row = new ArrayList<>();
      }
    }
    if (!row.isEmpty()) {
      rows.add(row);
    }
    return new Reply.Message(chatId, "<b>Topics</b>\nPick one to see its questions.", rows);
  }

  Reply tip(long chatId) {
    Library current = library.get();
    List<Prompt> prompts = current.prompts().prompts();
    Prompt prompt = prompts.get(ThreadLocalRandom.current().nextInt(prompts.size()));
    String source = current.base().sourceById(prompt.sourceId()).map(Source::title).orElse("");
    return new Reply.Message(
        chatId,
        "💡 " + Html.escape(prompt.text()) + "\n" + Html.italic("Why: " + prompt.why())
            + "\nStop if it makes your pain worse.\n\n" + Html.italic("Source: " + source));
  }

  /** Rereads the knowledge files; on any problem the current knowledge stays in use. */
  String reload() {
    try {
      Library fresh = Library.load(configDir);
      library.set(fresh);
      return "Reloaded: " + fresh.base().entries().size() + " entries, " + fresh.prompts().prompts().size() + " prompts.";
    } catch (KnowledgeException | IOException e) {
      return "Reload failed; still using the previous knowledge. " + e.getMessage();
    }
  }

  List<Reply> onButton(Incoming.Origin origin, Incoming.ButtonPress press) {
    String data = press.data();
    long chat = origin.chatId();
    Library current = library.get();
    Reply.ButtonAck ack = new Reply.ButtonAck(chat, press.callbackId(), "");
    if (data.startsWith(SHOW)) {
      return entry(current, data.substring(SHOW.length()))
          .map(entry -> List.<Reply>of(ack, entryMessage(current, chat, entry, current.base().related(entry, RELATED))))
          .orElse(List.of());
    }
    if (data.startsWith(TOPIC)) {
      String topicId = data.substring(TOPIC.length());
      Optional<Topic> topic = current.base().topics().stream().filter(t -> t.id().equals(topicId)).findFirst();
      return topic
          .map(t -> List.<Reply>of(ack, new Reply.Message(chat, Html.bold(t.label()), entryButtons(current.base().inTopic(t.id())))))
          .orElse(List.of());
    }
    boolean helpful = data.startsWith(HELPFUL);
    if (helpful || data.startsWith(UNHELPFUL)) {
      Optional<FaqEntry> entry = entry(current, data.substring(3));
      if (entry.isEmpty()) {
        return List.of();
      }
      String question = recentQuestions.getOrDefault(chat + ":" + entry.get().id(), "");
      feedback.vote(origin.userId(), entry.get().id(), question, helpful);
      return List.of(new Reply.ButtonAck(chat, press.callbackId(), helpful ? "Thanks, glad it helped!" : "Thanks, noted: this answer will be looked at."));
    }
    return List.of();
  }

  private static Optional<FaqEntry> entry(Library library, String id) {
    return id.matches("[a-z0-9-]{1,60}") ? library.base().byId(id) : Optional.empty();
  }
}
