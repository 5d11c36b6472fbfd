using System.Collections.Generic;

namespace Recouvrement.Extensions;

/// <summary>The hours calls and text messages may reach debtors, replacing the default (Monday to Saturday, 08:00–20:00, not on holidays).</summary>
public sealed class ContactWindowOptions
{
    /// <summary>Gets the days allowed (Monday … Sunday); Monday to Saturday when empty.</summary>
    public IList<string> Days { get; } = [];

    /// <summary>Gets or sets the opening time, HH:mm (default 08:00).</summary>
    public string From { get; set; } = "08:00";

    /// <summary>Gets or sets the closing time, HH:mm (default 20:00).</summary>
    public string To { get; set; } = "20:00";

    /// <summary>Gets or sets a value indicating whether public holidays are closed (default true).</summary>
    public bool ExcludesHolidays { get; set; } = true;
}
