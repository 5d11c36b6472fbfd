using System.Collections.Generic;

namespace Recouvrement.Extensions;

/// <summary>The case policy in configuration; see <see cref="Cases.CasePolicy"/> for each setting's meaning and default.</summary>
public sealed class CaseOptions
{
    // The kernel's policy, whose defaults these are: written once, there.
    private static readonly Cases.CasePolicy Kernel = new();


    /// <summary>Gets or sets the grace days after a promised date.</summary>
    public int PromiseGraceDays { get; set; } = Kernel.PromiseGraceDays;

    /// <summary>Gets or sets the most contacts in the window.</summary>
    public int MaxContacts { get; set; } = Kernel.MaxContacts;

    /// <summary>Gets or sets the contact-pressure window, in days.</summary>
    public int ContactWindowDays { get; set; } = Kernel.ContactWindowDays;

    /// <summary>Gets or sets the least overdue amount for an agency, in the options' currency.</summary>
    public decimal? AgencyMinimum { get; set; }

    /// <summary>Gets or sets the least overdue amount for the court, in the options' currency.</summary>
    public decimal? CourtMinimum { get; set; }

    /// <summary>Gets or sets the days after a paid case before the survey; none when null.</summary>
    public int? SurveyDelayDays { get; set; } = Kernel.SurveyDelayDays;

    /// <summary>
    /// Gets the days after a contact through a channel (Email, Sms, Letter, CallTask, Visit…) before a survey, replacing
    /// the policy's default (CallTask and Visit, 2 days) when not empty; a channel without days (null, or an empty value
    /// in configuration) gets none.
    /// </summary>
    public IDictionary<string, int?> SurveyAfterContactDays { get; } = new Dictionary<string, int?>();

    /// <summary>Gets or sets the days a survey stays worth sending.</summary>
    public int SurveyExpiryDays { get; set; } = Kernel.SurveyExpiryDays;

    /// <summary>Gets or sets the horizon for payment offers, in days.</summary>
    public int OfferHorizonDays { get; set; } = Kernel.OfferHorizonDays;
}
