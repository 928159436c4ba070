using System;
using System.Globalization;

namespace SeedSdk.Cli.Extraction;

/// <summary>
/// "seedsdk: 120/700 seeds/x.txt" on one rewritten stderr line, only when stderr is a terminal and
/// there are enough files to wait for; cleared when done, so it never mixes with real output.
/// </summary>
internal sealed class Progress : IDisposable
{
    /// <summary>Fewer files than this finish too fast to need progress.</summary>
    public const int MinFiles = 50;

    private readonly CliIo _io;
    private readonly int _total;
    private readonly bool _enabled;
    private int _done;
    private int _shownWidth;

    /// <summary>Progress over <paramref name="total"/> files.</summary>
    public Progress(CliIo io, int total)
    {
        _io = io;
        _total = total;
        _enabled = io.ErrorIsTerminal && total >= MinFiles;
    }

    /// <summary>Shows that the next file, <paramref name="path"/>, is being processed.</summary>
    public void Next(string path)
    {
        _done++;
        if (!_enabled)
        {
            return;
        }

        var line = "seedsdk: " + _done.ToString(CultureInfo.InvariantCulture) + "/" + _total.ToString(CultureInfo.InvariantCulture) + " " + path;
        if (line.Length > 79)
        {
            line = line.Substring(0, 78) + "\u2026";
        }

        _io.Error.Write("\r" + line.PadRight(_shownWidth));
        _shownWidth = line.Length;
    }

    /// <summary>Erases the progress line (before an error message, and at the end).</summary>
    public void Clear()
    {
        if (_enabled && _shownWidth > 0)
        {
            _io.Error.Write("\r" + new string(' ', _shownWidth) + "\r");
            _shownWidth = 0;
        }
    }

    /// <inheritdoc />
    public void Dispose() => Clear();
}
