package movebot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import movebot.chat.Incoming;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;

class UpdateMapperTest {
  static final long BOT_ID = 777;
  final UpdateMapper mapper = new UpdateMapper(BOT_ID, "movebot_test_bot");
  final ObjectMapper json = new ObjectMapper();

  private Optional<Incoming> map(String updateJson) throws Exception {
    return mapper.map(json.readValue(updateJson.replace('\'', '"'), Update.class));
  }

  private static String from(long id) {
    return "'from':{'id':" + id + ",'is_bot':false,'first_name':'Ana','language_code':'de'}";
  }

  @Test
  void privateTextIsAddressedToTheBot() throws Exception {
    Incoming.Text text = assertInstanceOf(Incoming.Text.class, map(
        "{'update_id':1,'message':{'message_id':5,'date':1," + from(42)
            + ",'chat':{'id':42,'type':'private'},'text':'hello'}}").orElseThrow());
    assertEquals(new Incoming.Origin(42, 42, true, "de", "Ana"), text.origin());
    assertEquals("hello", text.text());
    assertTrue(text.addressedToBot());
  }

  @Test
  void groupTextIsAddressedOnlyByMentionOrReply() throws Exception {
    String chat = ",'chat':{'id':-100,'type':'supergroup'}";
    Incoming.Text plain = (Incoming.Text) map(
        "{'update_id':1,'message':{'message_id':5,'date':1," + from(42) + chat + ",'text':'ouch'}}").orElseThrow();
    assertFalse(plain.addressedToBot());
    Incoming.Text mention = (Incoming.Text) map(
        "{'update_id':2,'message':{'message_id':6,'date':1," + from(42) + chat + ",'text':'@MoveBot_Test_Bot hi'}}").orElseThrow();
    assertTrue(mention.addressedToBot());
    Incoming.Text reply = (Incoming.Text) map(
        "{'update_id':3,'message':{'message_id':7,'date':1," + from(42) + chat + ",'text':'and swimming?',"
            + "'reply_to_message':{'message_id':4,'date':1,'from':{'id':777,'is_bot':true,'first_name':'movebot'}" + chat + "}}}").orElseThrow();
    assertTrue(reply.addressedToBot());
  }

  @Test
  void stickerIsNonText() throws Exception {
    Incoming.NonText sticker = assertInstanceOf(Incoming.NonText.class, map(
        "{'update_id':1,'message':{'message_id':5,'date':1," + from(42) + ",'chat':{'id':42,'type':'private'},"
            + "'sticker':{'file_id':'x','file_unique_id':'y','type':'regular','width':1,'height':1,'is_animated':false,'is_video':false}}}").orElseThrow());
    assertEquals("sticker", sticker.kind());
  }

  @Test
  void buttonPressCarriesChatMessageAndData() throws Exception {
    Incoming.ButtonPress press = assertInstanceOf(Incoming.ButtonPress.class, map(
        "{'update_id':1,'callback_query':{'id':'cb1'," + from(42) + ",'chat_instance':'c','data':'m:ask',"
            + "'message':{'message_id':9,'date':1,'chat':{'id':42,'type':'private'},'text':'menu'}}}").orElseThrow());
    assertEquals("cb1", press.callbackId());
    assertEquals(9, press.messageId());
    assertEquals("m:ask", press.data());
  }

  @Test
  void updatesWithoutAPersonAreSkipped() throws Exception {
    assertTrue(map("{'update_id':1}").isEmpty());
    assertTrue(map("{'update_id':1,'message':{'message_id':5,'date':1,'chat':{'id':42,'type':'private'},'text':'x'}}").isEmpty());
    assertTrue(map("{'update_id':1,'edited_message':{'message_id':5,'date':1," + from(1) + ",'chat':{'id':1,'type':'private'},'text':'x'}}").isEmpty());
    assertTrue(map("{'update_id':1,'channel_post':{'message_id':5,'date':1,'chat':{'id':-5,'type':'channel'},'text':'x'}}").isEmpty());
  }
}
