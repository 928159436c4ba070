using System.Collections.Generic;
using System.Linq;
using SeedSdk.Extraction.Text;
using Xunit;

namespace SeedSdk.Extraction.Tests.Tokenization;

public class TokenTextIdTests
{
    [Fact]
    public void Equal_texts_share_an_id_and_different_texts_do_not()
    {
        var tokens = Tokenizer.Tokenize("The fund and the Fund bought the fund's 12 shares and 12 bonds.", out var distinct);

        var idByText = new Dictionary<string, int>();
        foreach (var token in tokens)
        {
            if (idByText.TryGetValue(token.Text, out var id))
            {
                Assert.Equal(id, token.TextId);
            }
            else
            {
                Assert.DoesNotContain(token.TextId, idByText.Values);
                idByText.Add(token.Text, token.TextId);
            }
        }

        Assert.Equal(idByText.Count, distinct);
    }

    [Fact]
    public void Ids_are_dense_in_order_of_first_appearance_even_after_the_pool_grows()
    {
        var words = Enumerable.Range(0, 3000).Select(i => "w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var text = string.Join(" ", words) + " " + string.Join(" ", words.Reverse());
        var context = DocumentContext.Create(text, "ids.txt");

        Assert.Equal(3000, context.DistinctTexts);
        for (var i = 0; i < 3000; i++)
        {
            Assert.Equal(i, context.Tokens[i].TextId);
            Assert.Equal(i, context.Tokens[5999 - i].TextId);
        }
    }
}
