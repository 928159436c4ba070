using System.IO;
using SeedSdk.Cli.Input;

namespace SeedSdk.Cli.Tests;

public class SeedReaderTests
{
    [Fact]
    public void A_path_that_cannot_be_opened_as_a_file_is_reported_not_thrown()
    {
        using var folder = new ScratchFolder();
        Directory.CreateDirectory(Path.Combine(folder.Root, "dir.txt"));

        var text = new SeedReader(() => new MemoryStream()).TryRead(new SeedFile("dir.txt", Path.Combine(folder.Root, "dir.txt")), out var error);

        Assert.Null(text);
        Assert.NotEmpty(error);
    }

    [Fact]
    public void Valid_utf8_is_read_whole()
    {
        using var folder = new ScratchFolder();
        var path = folder.Write("ok.md", "Zoë – 北京\r\n");

        Assert.Equal("Zoë – 北京\r\n", new SeedReader(() => new MemoryStream()).TryRead(new SeedFile("ok.md", path), out var error));
        Assert.Empty(error);
    }
}
