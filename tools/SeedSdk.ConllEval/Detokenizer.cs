using System.Collections.Generic;
using System.Text;

namespace SeedSdk.ConllEval;

/// <summary>Turns CoNLL tokens back into text as a wire story prints it: one paragraph per sentence line.</summary>
internal static class Detokenizer
{
    public static string ToText(ConllDocument document)
    {
        var text = new StringBuilder();
        foreach (var sentence in document.Sentences)
        {
            AppendSentence(text, sentence);
            text.Append("\n\n");
        }

        return text.ToString();
    }

    private static void AppendSentence(StringBuilder text, List<string> tokens)
    {
        var quoteOpen = false;
        var glueNext = true;
        foreach (var token in tokens)
        {
            var opensQuote = token == "\"" && !quoteOpen;
            var closesQuote = token == "\"" && quoteOpen;
            if (!glueNext && !closesQuote && !AttachesLeft(token))
            {
                text.Append(' ');
            }

            text.Append(token);
            glueNext = opensQuote || token == "(" || token == "$";
            if (token == "\"")
            {
                quoteOpen = !quoteOpen;
            }
        }
    }

    private static bool AttachesLeft(string token) =>
        token is "," or "." or ";" or ":" or "!" or "?" or ")" or "%" or "'s" or "'S" or "n't" or "'"
        || (token.Length > 1 && token[0] == '\'' && char.IsLetter(token[1]) && token.Length <= 3);
}
