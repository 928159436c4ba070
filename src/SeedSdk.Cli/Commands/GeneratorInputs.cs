using System.Collections.Generic;
using SeedSdk.Cli.Input;

namespace SeedSdk.Cli.Commands;

/// <summary>The bytes of each seed for a generator run; an unreadable seed gets null, which the generator reports as SEED001.</summary>
internal static class GeneratorInputs
{
    /// <summary>Reads <paramref name="files"/> (standard input from <paramref name="io"/>).</summary>
    public static List<(SeedFile File, byte[]? Bytes)> Read(IReadOnlyList<SeedFile> files, CliIo io)
    {
        var reader = new SeedReader(io.OpenStdin);
        var seeds = new List<(SeedFile, byte[]?)>(files.Count);
        foreach (var file in files)
        {
            seeds.Add((file, reader.TryReadBytes(file, out _)));
        }

        return seeds;
    }
}
