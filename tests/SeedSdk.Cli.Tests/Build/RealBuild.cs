using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using SeedSdk.Testing;

namespace SeedSdk.Cli.Tests.Build;

/// <summary>
/// One real <c>dotnet build</c> of a project with <see cref="ProbeSeeds"/>, wired as the SeedSdk package wires a
/// project (its build/SeedSdk.props and .targets, the generator and extractor as analyzers, the runtime as a
/// reference), with the generated files written to disk. Built once for all tests that compare with it.
/// </summary>
public sealed class RealBuild : IDisposable
{
    private static readonly Regex DiagnosticLine = new(
        @"^(?:(?<path>.+?)\((?<line>\d+),(?<col>\d+)\)|CSC) ?: (?<severity>warning|error) (?<id>SEED\d+): (?<message>.*?)(?: \[[^\]]*\])?$",
        RegexOptions.Multiline);

    private readonly ScratchFolder _folder = new();

    /// <summary>Writes the probe project and builds it.</summary>
    public RealBuild()
    {
        ProbeSeeds.WriteAll(_folder);
        _folder.Write("Probe.csproj", ProjectFile());
        Output = Run(Dotnet(), "build", "Probe.csproj", "-nodeReuse:false", "-p:UseSharedCompilation=false", "-clp:NoSummary", "-v:q", "--nologo");
        var prefix = Root + Path.DirectorySeparatorChar;
        Diagnostics = DiagnosticLine.Matches(Output)
            .Select(m => Format(m, prefix))
            .Distinct(StringComparer.Ordinal)
            .OrderBy(d => d, StringComparer.Ordinal)
            .ToList();
        var generated = Path.Combine(Root, "generated");
        GeneratedFiles = Directory.Exists(generated)
            ? Directory.GetFiles(generated, "*.g.cs", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal).ToList()
            : new List<string>();
    }

    /// <summary>The project folder (run the CLI here: paths are then project-relative, as the build's are).</summary>
    public string Root => _folder.Root;

    /// <summary>Everything the build printed.</summary>
    public string Output { get; }

    /// <summary>The SEED diagnostics of the build, once each, project-relative, sorted: "path(line,col): warning SEED002: message".</summary>
    public IReadOnlyList<string> Diagnostics { get; }

    /// <summary>The files the generator emitted, as the compiler wrote them.</summary>
    public IReadOnlyList<string> GeneratedFiles { get; }

    /// <inheritdoc />
    public void Dispose() => _folder.Dispose();

    private static string Format(Match match, string prefix)
    {
        var path = match.Groups["path"];
        var location = path.Success
            ? path.Value.Replace(prefix, string.Empty).Replace('\\', '/') + "(" + match.Groups["line"].Value + "," + match.Groups["col"].Value + "): "
            : string.Empty;
        return location + match.Groups["severity"].Value + " " + match.Groups["id"].Value + ": " + match.Groups["message"].Value.Replace(prefix, string.Empty);
    }

    private string ProjectFile()
    {
        var build = RepoFiles.PathOf("src/SeedSdk/build");
        var bin = AppContext.BaseDirectory;
        return $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{build}/SeedSdk.props" />
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <RootNamespace>Probe</RootNamespace>
                <SeedSdkNamespace>{ProbeSeeds.Namespace}</SeedSdkNamespace>
                <SeedSdkMaxSeedBytes>{ProbeSeeds.MaxSeedBytes}</SeedSdkMaxSeedBytes>
                <Nullable>enable</Nullable>
                <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
                <CompilerGeneratedFilesOutputPath>generated</CompilerGeneratedFilesOutputPath>
              </PropertyGroup>
              <ItemGroup>
                <Reference Include="{bin}SeedSdk.dll" />
                <Analyzer Include="{bin}SeedSdk.Generator.dll" />
                <Analyzer Include="{bin}SeedSdk.Extraction.dll" />
              </ItemGroup>
              <Import Project="{build}/SeedSdk.targets" />
            </Project>
            """;
    }

    private static string Dotnet() => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    private string Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // The test host runs inside an MSBuild-launched process; the probe must be a build of its own.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("dotnet build of the probe project took more than 5 minutes");
        }

        return stdout.Result + stderr.Result;
    }
}

/// <summary>The tests that share one <see cref="RealBuild"/> (it takes a while).</summary>
[CollectionDefinition(Name)]
public sealed class RealBuildCollection : ICollectionFixture<RealBuild>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "real build";
}
