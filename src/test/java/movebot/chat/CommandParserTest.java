package movebot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;

class CommandParserTest {
  private final CommandParser parser = new CommandParser("MoveBot_Test_Bot");

  private Command ours(String text) {
    return assertInstanceOf(CommandParser.Ours.class, parser.parse(text)).command();
  }

  @Test
  void plainCommands() {
    assertInstanceOf(Command.Start.class, ours("/start"));
    assertInstanceOf(Command.Help.class, ours("  /HELP  "));
    assertEquals(new Command.Unknown("dance"), ours("/dance"));
  }

  @Test
  void commandAddressedToThisBotIsOursWhateverTheCase() {
    assertInstanceOf(Command.Start.class, ours("/start@movebot_test_bot"));
  }

  @Test
  void commandAddressedToAnotherBotIsNotOurs() {
    assertInstanceOf(CommandParser.ForAnotherBot.class, parser.parse("/start@OtherBot"));
  }

  @Test
  void askKeepsItsQuestion() {
    assertEquals(new Command.Ask("is walking good?"), ours("/ask   is walking good?"));
    assertEquals(new Command.Ask("what about swimming"), ours("/ask@movebot_test_bot what about swimming"));
  }

  @Test
  void slashWithoutANameIsText() {
    assertInstanceOf(CommandParser.NotACommand.class, parser.parse("/ hello"));
    assertInstanceOf(CommandParser.NotACommand.class, parser.parse("/"));
    assertInstanceOf(CommandParser.NotACommand.class, parser.parse("/???"));
    assertInstanceOf(CommandParser.NotACommand.class, parser.parse("walking 1/2 hour"));
    assertInstanceOf(CommandParser.NotACommand.class, parser.parse("/中文@someone what about numbness"));
  }

  @Test
  void mentionIsRemovedFromAQuestion() {
    assertEquals("is swimming ok?", parser.withoutMention("@MoveBot_Test_Bot is swimming ok?"));
  }
}
