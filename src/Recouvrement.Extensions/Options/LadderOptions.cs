using System.Collections.Generic;

namespace Recouvrement.Extensions;

/// <summary>A ladder in configuration: its country and its steps, in order.</summary>
public sealed class LadderOptions
{
    /// <summary>Gets or sets the country whose law the ladder follows; the home jurisdiction's when null.</summary>
    public string? Country { get; set; }

    /// <summary>Gets the steps.</summary>
    public IList<StepOptions> Steps { get; } = [];

    /// <summary>Gets or sets the ladder's grace period: the days every step timed from the due date waits beyond its own (0).</summary>
    public int GraceDays { get; set; }
}
