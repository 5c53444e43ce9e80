package movebot.faq;

import java.util.List;

/**
 * Words that say nothing about which entry a question wants. Lucene's default English list is
 * written for documents (33 words); questions are mostly function words ("how", "should",
 * "my"), greetings and politeness, so this list is longer. Direction and time words ("up",
 * "after", "before") stay searchable because exercise questions turn on them ("stand up",
 * "after surgery").
 */
final class StopWords {
  private StopWords() {}

  static final List<String> ENGLISH =
      List.of(
          // articles, conjunctions, prepositions
          "a", "an", "the", "and", "or", "but", "nor", "if", "because", "as", "until", "while",
          "of", "at", "by", "for", "with", "about", "against", "between", "into", "through",
          "to", "from", "in", "on", "onto", "than", "then", "so", "such", "via", "per",
          // pronouns and determiners
          "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves", "you", "u",
          "your", "ur", "yours", "yourself", "yourselves", "he", "him", "his", "himself", "she",
          "her", "hers", "herself", "it", "its", "itself", "they", "them", "their", "theirs",
          "themselves", "this", "that", "these", "those", "there", "here", "all", "any", "both",
          "each", "few", "more", "most", "other", "some", "same", "own", "anything",
          "something", "everything", "anyone", "someone", "somebody", "anybody",
          // question words
          "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "whether",
          // auxiliaries and modals
          "am", "is", "are", "was", "were", "be", "been", "being", "have", "has", "had",
          "having", "do", "does", "did", "doing", "done", "can", "could", "will", "would",
          "shall", "should", "may", "might", "must", "ought", "get", "gets", "got", "getting",
          // contractions, with and without the apostrophe
          "i'm", "im", "i've", "ive", "i'd", "i'll", "you're", "you've", "it's", "that's",
          "what's", "whats", "there's", "let's", "don't", "dont", "doesn't", "doesnt", "didn't",
          "didnt", "isn't", "isnt", "aren't", "arent", "wasn't", "can't", "cant", "cannot",
          "won't", "wont", "wouldn't", "shouldn't", "couldn't", "haven't", "hasn't", "s", "t",
          "don", "ll", "ve", "re", "d", "m",
          // negation and degree: they change the sense, not the topic
          "no", "not", "only", "too", "very", "just", "really", "also", "even", "still",
          "quite", "much", "many", "lot", "lots", "bit",
          // talking about the question rather than asking it
          "please", "pls", "plz", "tell", "know", "want", "wanted", "wondering", "wonder",
          "question", "ask", "asking", "idea", "thing", "things", "like", "now", "anyway",
          "maybe", "probably", "actually", "yes", "yeah", "yep", "ok", "okay",
          "sure", "well", "oh", "um", "uh", "hmm",
          // filler of chat messages: hedges, intensifiers, indefinites, time words
          "pretty", "super", "totally", "literally", "kinda", "sorta", "seriously", "honestly",
          "surely", "definitely", "certainly", "perhaps", "possibly", "possible", "seem",
          "seems", "though", "although", "however", "else", "either", "neither", "unless",
          "already", "ago", "since", "ever", "never", "yet", "lately", "finally", "usually",
          "one", "ones", "anywhere", "everywhere", "somewhere", "nowhere", "nothing",
          "everyone", "everybody", "nobody", "none", "stuff",
          // asking for help in general: every entry is advice
          "tip", "tips", "advice", "advise", "guidance", "suggestion", "suggestions", "info",
          "information", "explain", "understand", "curious", "basically", "exactly",
          // text speak
          "wat", "wot", "wut", "abt", "r", "y", "cuz", "coz", "bc", "tho", "idk", "dunno",
          "gonna", "wanna", "gotta", "lemme", "omg", "btw", "tbh", "imo", "smth",
          // politeness
          "dear", "sir", "madam", "kindly", "appreciate", "regards", "bro", "mate", "guys",
          "afternoon", "evening",
          // greetings and thanks
          "hi", "hello", "hey", "hiya", "yo", "thanks", "thank", "thx", "ty", "cheers", "bye",
          "goodbye", "nice", "great", "awesome", "lol");
}
