using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Recouvrement.Cli.Output;

/// <summary>Spectre.Console over the program's output: colours only where <see cref="CliConsole.Colours"/> allows, tables at its width.</summary>
internal static class Screen
{
    internal static readonly Style Manager = new(Color.Yellow);
    internal static readonly Style Collector = new(Color.Aqua);
    internal static readonly Style System = new(Color.Grey);
    internal static readonly Style Problem = new(Color.Red, decoration: Decoration.Bold);
    internal static readonly Style Held = new(Color.Olive);
    internal static readonly Style Heading = new(decoration: Decoration.Bold);

    /// <summary>Renders what <paramref name="write"/> draws, each line without the blanks tables pad it with.</summary>
    internal static void Render(CliConsole console, Action<IAnsiConsole> write)
    {
        using var buffer = new StringWriter(CultureInfo.InvariantCulture);
        var screen = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = console.Colours ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = console.Colours ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(buffer),
            Interactive = InteractionSupport.No,
        });
        screen.Profile.Width = console.Width;
        write(screen);
        foreach (var line in buffer.ToString().ReplaceLineEndings("\n").TrimEnd().Split('\n'))
        {
            console.Out.WriteLine(line.TrimEnd());
        }
    }

    internal static Style Of(Actor actor) => actor switch
    {
        Actor.Manager => Manager,
        Actor.Collector => Collector,
        _ => System,
    };

    /// <summary>A table whose columns wrap at word boundaries to fit the width; <paramref name="headers"/> starting with a space are amounts, aligned right and never wrapped.</summary>
    internal static Table Table(params string[] headers)
    {
        var table = new Table().Border(TableBorder.Simple);
        foreach (var header in headers)
        {
            var column = new TableColumn(new Text(header.Trim(), Heading));
            table.AddColumn(header.StartsWith(' ') ? column.RightAligned().NoWrap() : column);
        }

        return table;
    }

    internal static IRenderable Cell(string? text, Style? style = null) => new Text(text ?? string.Empty, style ?? Style.Plain);

    internal static string Amount(Money money, CultureInfo culture)
        => $"{money.Amount.ToString("N2", culture)} {money.Currency.Code}";

    internal static void Title(this IAnsiConsole screen, string title, Style? style = null)
    {
        screen.WriteLine();
        screen.Write(new Text(title, style ?? Heading));
        screen.WriteLine();
    }
}
