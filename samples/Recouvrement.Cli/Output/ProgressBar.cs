namespace Recouvrement.Cli.Output;

/// <summary>A progress bar redrawn in place on a terminal, at most once per percent; silent when not on a terminal.</summary>
internal sealed class ProgressBar(TextWriter terminal, int total, string what)
{
    private const int Width = 30;
    private int shownPercent = -1;

    /// <summary>Reports how many items are done; clears the bar when all are.</summary>
    internal void Report(int done)
    {
        var percent = total == 0 ? 100 : (int)(100L * done / total);
        if (percent == shownPercent)
        {
            return;
        }

        shownPercent = percent;
        var filled = Width * percent / 100;
        terminal.Write($"\r[{new string('#', filled)}{new string('.', Width - filled)}] {percent,3}% {done:N0}/{total:N0} {what}");
        if (done >= total)
        {
            terminal.Write('\r' + new string(' ', Width + 30 + what.Length) + '\r');
        }

        terminal.Flush();
    }
}
