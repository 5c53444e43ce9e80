package movebot;

/** Entry point; replaced by the full command line in the foundation work. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(0);
  }
}
