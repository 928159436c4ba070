using System;
using System.IO;

namespace SeedSdk.Cli;

/// <summary>The console as the commands see it, so tests run them in-process.</summary>
/// <param name="Out">Where results go.</param>
/// <param name="Error">Where diagnostics, errors and progress go.</param>
/// <param name="CurrentDirectory">The directory relative paths are resolved and printed against.</param>
/// <param name="OpenStdin">Opens standard input (read when a path is <c>-</c>).</param>
/// <param name="ErrorIsTerminal">Whether <paramref name="Error"/> is a terminal (progress is shown only then).</param>
internal sealed record CliIo(TextWriter Out, TextWriter Error, string CurrentDirectory, Func<Stream> OpenStdin, bool ErrorIsTerminal);
