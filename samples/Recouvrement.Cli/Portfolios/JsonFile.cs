using System.Text.Json;

namespace Recouvrement.Cli.Portfolios;

/// <summary>Reads a JSON input file; a refusal comes back with the line and the field at fault.</summary>
internal static class JsonFile
{
    internal static (T? Value, FileError? Error) Read<T>(string file, byte[] json)
    {
        try
        {
            return (JsonSerializer.Deserialize<T>(json, PortfolioFormat.Options), null);
        }
        catch (JsonException e)
        {
            // Recouvrement's converters name the field first ("dueDate": …); the serializer gives the object's path and,
            // for a syntax error, the line itself.
            var field = e.Message.StartsWith('"') ? e.Message[1..e.Message.IndexOf('"', 1)] : null;
            var path = field is null ? e.Path ?? "$" : $"{e.Path ?? "$"}.{field}";
            var line = field is null ? (int)(e.LineNumber ?? 0) + 1 : JsonLines.Find(json, path);
            return (default, new FileError(file, line, Field(path), Clean(e.Message, field)));
        }
    }

    /// <summary>A JSON path as a person reads it: "accounts[3].entries[2].dueDate".</summary>
    internal static string Field(string path) => path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');

    /// <summary>The message without the field it starts with, nor the serializer's position suffix.</summary>
    private static string Clean(string message, string? field)
    {
        var text = field is null ? message : message[(field.Length + 2)..].TrimStart(':', ' ');
        var suffix = text.IndexOf(" Path: ", StringComparison.Ordinal);
        return suffix < 0 ? text : text[..suffix];
    }
}
