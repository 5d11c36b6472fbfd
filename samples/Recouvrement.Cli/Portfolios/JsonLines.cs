using System.Text;
using System.Text.Json;

namespace Recouvrement.Cli.Portfolios;

/// <summary>
/// Finds the line of a value in a JSON text by its path (<c>$.accounts[3].entries[2].dueDate</c>), or of its closest
/// ancestor when the value is missing, so an error found after parsing still points at the line to fix.
/// </summary>
internal static class JsonLines
{
    internal static int Find(ReadOnlySpan<byte> json, string path)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var frames = new List<(bool IsArray, int Index, string? Property)>();
        var line = 1;
        var counted = 0;
        var best = 0;
        try
        {
            while (reader.Read())
            {
                var start = (int)reader.TokenStartIndex;
                line += json[counted..start].Count((byte)'\n');
                counted = start;
                switch (reader.TokenType)
                {
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        continue;
                    case JsonTokenType.PropertyName:
                        frames[^1] = (false, 0, reader.GetString());
                        break;
                    default:
                        if (frames.Count > 0 && frames[^1].IsArray)
                        {
                            frames[^1] = (true, frames[^1].Index + 1, null);
                        }

                        break;
                }

                // A property name stands for its value; the value after it is already placed.
                var isValueAfterName = reader.TokenType != JsonTokenType.PropertyName && frames.Count > 0 && !frames[^1].IsArray;
                if (!isValueAfterName)
                {
                    var current = PathOf(frames);
                    if (current == path)
                    {
                        return line;
                    }

                    if (path.StartsWith(current, StringComparison.Ordinal) && path[current.Length] is '.' or '[')
                    {
                        best = line;
                    }
                }

                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    frames.Add((reader.TokenType == JsonTokenType.StartArray, -1, null));
                }
            }
        }
        catch (JsonException)
        {
            // A broken text was already reported with its own line; the best line so far is all there is.
        }

        return best;
    }

    private static string PathOf(List<(bool IsArray, int Index, string? Property)> frames)
    {
        var path = new StringBuilder("$");
        foreach (var (isArray, index, property) in frames)
        {
            if (isArray)
            {
                path.Append('[').Append(index).Append(']');
            }
            else if (property is not null)
            {
                path.Append('.').Append(property);
            }
        }

        return path.ToString();
    }
}
