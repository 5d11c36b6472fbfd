using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using Ardalis.SmartEnum;
using Snapshooter;
using Snapshooter.Xunit;

namespace Recouvrement.Domain.Tests;

/// <summary>
/// The closed vocabularies a collector reads — labels in English and French, the codes of the payment rails and what
/// they mean — written out member by member, so that a changed word is a reviewed change.
/// </summary>
public class VocabularyWordingTests
{
    [Theory]
    [InlineData("Recouvrement.Accounts")]
    [InlineData("Recouvrement.Cases")]
    [InlineData("Recouvrement.Communication")]
    [InlineData("Recouvrement.Debtors")]
    [InlineData("Recouvrement.Escalation")]
    [InlineData("Recouvrement.Plans")]
    [InlineData("Recouvrement.Reasons")]
    [InlineData("Recouvrement.Penalties")]
    public void Every_member_of_every_vocabulary_reads_as_reviewed(string space)
    {
        var vocabularies = typeof(Money).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == space && !t.IsAbstract && IsSmartEnum(t))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .ToList();

        var text = new StringBuilder();
        foreach (var vocabulary in vocabularies)
        {
            text.Append(vocabulary.Name).Append('\n');
            var members = (IEnumerable)vocabulary.GetProperty("List", BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy)!.GetValue(null)!;
            foreach (var member in members.Cast<object>().OrderBy(m => (int)m.GetType().GetProperty("Value")!.GetValue(m)!))
            {
                text.Append("  ").Append(Describe(member)).Append('\n');
                foreach (var property in vocabulary.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                    .Where(p => p.Name is not ("Name" or "Value") && p.GetIndexParameters().Length == 0)
                    .OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    text.Append("    ").Append(property.Name).Append(": ").Append(Describe(property.GetValue(member))).Append('\n');
                }
            }
        }

        Assert.NotEmpty(vocabularies);
        Snapshot.Match(text.ToString(), SnapshotNameExtension.Create(space));
    }

    private static bool IsSmartEnum(Type type)
    {
        for (var t = type.BaseType; t is not null; t = t.BaseType)
        {
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(SmartEnum<>))
            {
                return true;
            }
        }

        return false;
    }

    private static string Describe(object? value) => value switch
    {
        null => "null",
        string text => $"\"{text}\"",
        ISmartEnum smart => $"{smart.GetType().GetProperty("Name")!.GetValue(smart)} ({smart.GetType().GetProperty("Value")!.GetValue(smart)})",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Select(Describe)) + "]",
        _ => value.ToString() ?? string.Empty,
    };
}
