using System;
using System.Collections;
using System.Collections.Generic;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace RunnerMetrics.Generators.Tests.Infrastructure;

/// <summary>
/// Walks an object graph through its properties and collection items and reports every Roslyn object that
/// would pin a compilation in the generator cache (symbols, syntax, compilations, locations, semantic models).
/// </summary>
internal static class RoslynObjectFinder
{
    private static readonly Type[] s_forbidden =
    [
        typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(Compilation),
        typeof(Location), typeof(SemanticModel), typeof(AttributeData),
    ];

    public static List<string> Find(object? root, string rootName)
    {
        var found = new List<string>();
        Walk(root, rootName, found, new HashSet<object>(ReferenceEqualityComparer.Instance), depth: 0);
        return found;
    }

    private static void Walk(object? value, string path, List<string> found, HashSet<object> seen, int depth)
    {
        if (value is null || depth > 32 || IsLeaf(value.GetType()))
        {
            return;
        }

        var type = value.GetType();
        foreach (var forbidden in s_forbidden)
        {
            if (forbidden.IsAssignableFrom(type))
            {
                found.Add($"{path}: {type.FullName}");
                return;
            }
        }

        if (!type.IsValueType && !seen.Add(value))
        {
            return;
        }

        if (value is IEnumerable items)
        {
            int i = 0;
            foreach (object? item in items)
            {
                Walk(item, $"{path}[{i++}]", found, seen, depth + 1);
            }

            return;
        }

        if (value is ITuple tuple)
        {
            for (int i = 0; i < tuple.Length; i++)
            {
                Walk(tuple[i], $"{path}.Item{i + 1}", found, seen, depth + 1);
            }

            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            if (property.GetIndexParameters().Length == 0 && property.GetMethod is not null)
            {
                Walk(property.GetValue(value), $"{path}.{property.Name}", found, seen, depth + 1);
            }
        }
    }

    /// <summary>
    /// Values that can't hold anything: primitives, strings, enums, descriptors (static metadata) and reflection
    /// objects such as the <c>Type</c> behind a record's <c>EqualityContract</c>. The runtime class of a
    /// <c>Type</c> is <c>System.RuntimeType</c>, so it is matched by assignability, not equality: walking it
    /// would wander through the whole runtime.
    /// </summary>
    private static bool IsLeaf(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal)
        || typeof(DiagnosticDescriptor).IsAssignableFrom(type) || typeof(MemberInfo).IsAssignableFrom(type);
}
