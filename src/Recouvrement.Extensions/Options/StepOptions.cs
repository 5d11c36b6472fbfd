using System.Collections.Generic;

namespace Recouvrement.Extensions;

/// <summary>A ladder step in configuration; see <see cref="Escalation.EscalationStep"/> for each setting's meaning.</summary>
public sealed class StepOptions
{
    // The kernel's step, whose defaults these are: written once, there.
    private static readonly Escalation.EscalationStep Kernel = new("defaults", Escalation.StepKind.Reminder, 0, Escalation.StepChannel.Email, Communication.Tone.Courteous, "defaults");

    /// <summary>Gets or sets the step's name.</summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets the kind: Reminder (default), FormalNotice, Agency, Court or WriteOff.</summary>
    public string Kind { get; set; } = nameof(Escalation.StepKind.Reminder);

    /// <summary>Gets or sets the days after the due date (negative before it), or after the previous step.</summary>
    public int DaysAfterDue { get; set; }

    /// <summary>Gets or sets a value indicating whether <see cref="DaysAfterDue"/> counts from the previous step.</summary>
    public bool AfterPreviousStep { get; set; }

    /// <summary>Gets or sets the fewest days after the previous step (default 1).</summary>
    public int MinimumGapDays { get; set; } = Kernel.MinimumGapDays;

    /// <summary>Gets or sets the channel: Email, Sms, Letter, RegisteredLetter, CallTask, Visit, AgencyHandover, CourtFiling,
    /// ManagerReview. By default the kind's: a registered letter for a formal notice, a handover or a filing for agency and
    /// court, a manager's review for a write-off proposal.</summary>
    public string? Channel { get; set; }

    /// <summary>Gets or sets the tone: Empathetic, Courteous, Firm, Formal, Legal; by default the kind's.</summary>
    public string? Tone { get; set; }

    /// <summary>Gets or sets the template key.</summary>
    public string? TemplateKey { get; set; }

    /// <summary>Gets or sets the step's fee, in the options' currency.</summary>
    public decimal? Fee { get; set; }

    /// <summary>Gets or sets the least overdue amount, in the options' currency.</summary>
    public decimal? MinimumOverdue { get; set; }

    /// <summary>Gets or sets the least share of the open balance the overdue amount must reach, in percent (SAP's minimum dunning percentage).</summary>
    public decimal? MinimumOverduePercent { get; set; }

    /// <summary>Gets or sets the largest overdue amount the step applies to, in the options' currency.</summary>
    public decimal? MaximumOverdue { get; set; }

    /// <summary>Gets the debtor kinds the step is for (Consumer, Business, PublicAuthority); all when empty.</summary>
    public IList<string> DebtorKinds { get; } = [];

    /// <summary>Gets the unpaid reasons the step is for, by name; all when empty.</summary>
    public IList<string> Reasons { get; } = [];

    /// <summary>Gets or sets whether a person approves the step; by default agency, court and write-off steps.</summary>
    public bool? RequiresApproval { get; set; }

    /// <summary>Gets or sets the days to respond to a formal notice (default 8).</summary>
    public int ResponseDays { get; set; } = Kernel.ResponseDays;
}
