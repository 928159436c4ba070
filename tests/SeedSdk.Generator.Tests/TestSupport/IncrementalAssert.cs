using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace SeedSdk.Generator.Tests.TestSupport;

/// <summary>
/// Incremental-pipeline checks in the style of NetEscapades.EnumGenerators' TestHelpers: every tracked
/// step's outputs are Cached or Unchanged after a change that should not matter, and no step output
/// holds Roslyn objects that would defeat caching.
/// </summary>
internal static class IncrementalAssert
{
    /// <summary>All tracking names the generator declares.</summary>
    public static readonly string[] TrackingNameValues = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.IsLiteral && field.FieldType == typeof(string))
        .Select(field => (string)field.GetRawConstantValue()!)
        .ToArray();

    private static readonly Type[] ForbiddenTypes =
    {
        typeof(Compilation), typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(Location), typeof(AdditionalText),
    };

    /// <summary>The tracked steps and source outputs whose outputs were not all Cached or Unchanged ("step: reason" lines).</summary>
    public static IReadOnlyList<string> NotCached(GeneratorRunResult result)
    {
        var failures = new List<string>();
        foreach (var (name, steps) in result.TrackedSteps.Where(s => TrackingNameValues.Contains(s.Key)).Select(s => (s.Key, s.Value))
            .Concat(result.TrackedOutputSteps.Select(s => (s.Key, s.Value))))
        {
            foreach (var output in steps.SelectMany(step => step.Outputs))
            {
                if (output.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged))
                {
                    failures.Add(name + ": " + output.Reason);
                }
            }
        }

        return failures;
    }

    public static void AllCached(GeneratorRunResult result)
    {
        var failures = NotCached(result);
        Xunit.Assert.True(failures.Count == 0, "Steps not cached: " + string.Join(", ", failures));
    }

    /// <summary>The output reasons of one tracked step, in order.</summary>
    public static IReadOnlyList<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string trackingName)
        => result.TrackedSteps[trackingName].SelectMany(step => step.Outputs).Select(output => output.Reason).ToList();

    /// <summary>Paths ("Step → Type.Field...") at which a step output holds a forbidden Roslyn object.</summary>
    public static IReadOnlyList<string> ForbiddenObjects(GeneratorRunResult result, params string[] skippedSteps)
    {
        var found = new List<string>();
        foreach (var step in result.TrackedSteps.Where(s => TrackingNameValues.Contains(s.Key) && !skippedSteps.Contains(s.Key)))
        {
            foreach (var output in step.Value.SelectMany(s => s.Outputs))
            {
                Walk(output.Value, step.Key, found, new HashSet<object>(ReferenceEqualityComparer.Instance));
            }
        }

        return found;
    }

    private static void Walk(object? value, string path, List<string> found, HashSet<object> visited)
    {
        if (value is null || value is string || value is DiagnosticDescriptor || value.GetType().IsPrimitive || value.GetType().IsEnum || value is decimal)
        {
            return;
        }

        if (!value.GetType().IsValueType && !visited.Add(value))
        {
            return;
        }

        if (ForbiddenTypes.Any(type => type.IsInstanceOfType(value)))
        {
            found.Add(path + " (" + value.GetType().Name + ")");
            return;
        }

        if (value is IEnumerable items)
        {
            var index = 0;
            foreach (var item in items)
            {
                Walk(item, path + "[" + index++ + "]", found, visited);
            }

            return;
        }

        foreach (var field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            Walk(field.GetValue(value), path + "." + field.Name, found, visited);
        }
    }
}
