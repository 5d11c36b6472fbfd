using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;

namespace Recouvrement.Fuzz.Tests;

/// <summary>
/// Hostile variants of a valid JSON document: one value deleted, retyped, made huge or null, a number written as a
/// string, or the text cut short. What a reader meets in a file edited by hand or written by another program.
/// </summary>
internal static class JsonMutation
{
    private const string Marker = "fuzz-marker-27";

    private static readonly string[] Replacements =
    [
        "null", "\"\"", "\"x\"", "1e400", "79228162514264337593543950336", "-79228162514264337593543950335", "1e-40", "-1", "0",
        "2147483648", "-2147483649", "true", "[]", "{}", "[null]", "[1,2]", "\"2026-02-30\"", "\"-9999-01-01\"", "\"9999-12-31\"",
        "\"EUR\"", "\"1.5\"", "\"" + new string('x', 5_000) + "\"", "{\"amount\":1,\"currency\":\"JPY\"}", "\"\\u0000\"",
    ];

    /// <summary>A variant of one of <paramref name="documents"/>, with the index of the document it came from.</summary>
    internal static Gen<(int Document, string Json)> Of(IReadOnlyList<string> documents)
        => from document in Gen.Choose(0, documents.Count - 1)
           from pick in Gen.Choose(0, int.MaxValue)
           from kind in Gen.Choose(-3, Replacements.Length - 1)
           from times in Gen.Frequency((4, Gen.Constant(1)), (1, Gen.Choose(2, 4)))
           select (document, Enumerable.Range(0, times).Aggregate(documents[document], (json, n) => Mutate(json, pick / (n + 1), kind)));

    /// <summary>Kind -3 cuts the text short, -2 deletes the value, -1 writes it as a string; others replace it.</summary>
    internal static string Mutate(string json, int pick, int kind)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json);
        }
        catch (JsonException)
        {
            return json;
        }

        if (kind == -3)
        {
            return json[..(pick % Math.Max(json.Length, 1))];
        }

        var slots = new List<(JsonNode Parent, string? Name, int Index)>();
        Collect(root, slots);
        if (slots.Count == 0)
        {
            return kind >= 0 ? Replacements[kind] : json;
        }

        var (parent, name, index) = slots[pick % slots.Count];
        var current = name is not null ? parent[name] : parent[index];
        switch (kind)
        {
            case -2 when parent is JsonObject obj:
                obj.Remove(name!);
                return root!.ToJsonString();
            case -2:
                parent.AsArray().RemoveAt(index);
                return root!.ToJsonString();
            case -1:
                Set(parent, name, index, JsonValue.Create(current?.ToJsonString() ?? "null"));
                return root!.ToJsonString();
            default:
                Set(parent, name, index, JsonValue.Create(Marker));
                return root!.ToJsonString().Replace($"\"{Marker}\"", Replacements[kind], StringComparison.Ordinal);
        }
    }

    private static void Set(JsonNode parent, string? name, int index, JsonNode? value)
    {
        if (name is not null)
        {
            parent[name] = value;
        }
        else
        {
            parent[index] = value;
        }
    }

    private static void Collect(JsonNode? node, List<(JsonNode Parent, string? Name, int Index)> slots)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj.ToArray())
                {
                    slots.Add((obj, name, -1));
                    Collect(child, slots);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    slots.Add((array, null, i));
                    Collect(array[i], slots);
                }

                break;
        }
    }
}
