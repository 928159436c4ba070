using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Reflection.Emit;

namespace SeedSdk.Extraction.Tests.Architecture;

/// <summary>
/// Which namespaces of an assembly each of its namespaces uses: every type a type names in its base type,
/// interfaces, fields, method signatures and method bodies (each IL token resolved), nested and
/// compiler-generated types counting for the namespace they are declared in.
/// </summary>
internal static class NamespaceReferences
{
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    /// <summary>The edges "namespace A uses namespace B" (A != B) between namespaces of <paramref name="assembly"/> starting with <paramref name="prefix"/>.</summary>
    public static SortedSet<(string From, string To)> Of(Assembly assembly, string prefix)
    {
        var edges = new SortedSet<(string, string)>();
        foreach (var type in assembly.GetTypes())
        {
            var from = NamespaceOf(type);
            if (from is null || !from.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var used in UsedTypes(type))
            {
                var to = NamespaceOf(used);
                if (to is not null && to != from && to.StartsWith(prefix, StringComparison.Ordinal) && used.Assembly == assembly)
                {
                    edges.Add((from, to));
                }
            }
        }

        return edges;
    }

    private static string? NamespaceOf(Type type)
    {
        while (type.IsNested)
        {
            type = type.DeclaringType!;
        }

        return type.Namespace;
    }

    private static IEnumerable<Type> UsedTypes(Type type)
    {
        var found = new List<Type>();
        if (type.BaseType is not null)
        {
            found.Add(type.BaseType);
        }

        found.AddRange(type.GetInterfaces());
        foreach (var field in type.GetFields(Declared))
        {
            found.Add(field.FieldType);
        }

        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            if (method is MethodInfo info)
            {
                found.Add(info.ReturnType);
            }

            found.AddRange(method.GetParameters().Select(p => p.ParameterType));
            found.AddRange(BodyTypes(method));
        }

        return found.SelectMany(Unwrap);
    }

    // A type with its element and generic argument types: List<Candidate> uses Candidate.
    private static IEnumerable<Type> Unwrap(Type type)
    {
        if (type.HasElementType)
        {
            return Unwrap(type.GetElementType()!);
        }

        return type.IsGenericType && !type.IsGenericTypeDefinition
            ? new[] { type.GetGenericTypeDefinition() }.Concat(type.GetGenericArguments().SelectMany(Unwrap))
            : new[] { type };
    }

    /// <summary>
    /// The members (methods, fields, types) the method bodies of <paramref name="type"/> name in their IL, its nested and
    /// compiler-generated types included.
    /// </summary>
    public static IEnumerable<MemberInfo> UsedMembers(Type type)
    {
        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            foreach (var member in BodyMembers(method))
            {
                yield return member;
            }
        }

        foreach (var nested in type.GetNestedTypes(Declared))
        {
            foreach (var member in UsedMembers(nested))
            {
                yield return member;
            }
        }
    }

    private static IEnumerable<Type> BodyTypes(MethodBase method)
    {
        var body = method.GetMethodBody();
        if (body is null)
        {
            yield break;
        }

        foreach (var local in body.LocalVariables)
        {
            yield return local.LocalType;
        }

        foreach (var member in BodyMembers(method))
        {
            if (member is Type t)
            {
                yield return t;
            }
            else if (member.DeclaringType is { } declaring)
            {
                yield return declaring;
                if (member is MethodInfo { IsGenericMethod: true } generic)
                {
                    foreach (var argument in generic.GetGenericArguments())
                    {
                        yield return argument;
                    }
                }
            }
        }
    }

    // Every member an IL token of method's body names, resolved.
    private static IEnumerable<MemberInfo> BodyMembers(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray() ?? Array.Empty<byte>();
        var typeArguments = method.DeclaringType?.IsGenericType == true ? method.DeclaringType.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var i = 0; i < il.Length;)
        {
            short value = il[i++];
            if (value == 0xFE)
            {
                value = unchecked((short)(0xFE00 | il[i++]));
            }

            var code = OpCodesByValue[value];
            switch (code.OperandType)
            {
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    i += 1;
                    break;
                case OperandType.InlineVar:
                    i += 2;
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    i += 8;
                    break;
                case OperandType.InlineSwitch:
                    i += 4 + (4 * BitConverter.ToInt32(il, i));
                    break;
                case OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok:
                    var member = method.Module.ResolveMember(BitConverter.ToInt32(il, i), typeArguments, methodArguments);
                    i += 4;
                    if (member is not null)
                    {
                        yield return member;
                    }

                    break;
                default:
                    i += 4;
                    break;
            }
        }
    }
}
