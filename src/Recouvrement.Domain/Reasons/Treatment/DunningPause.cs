namespace Recouvrement.Reasons;

/// <summary>What a reason pauses of the dunning ladder.</summary>
public enum DunningPause
{
    /// <summary>Nothing: reminders go on.</summary>
    None,

    /// <summary>Only the items the reason concerns (the disputed invoices); the rest of the account goes on.</summary>
    ConcernedItems,

    /// <summary>The whole account: every reminder stops until the reason is dealt with.</summary>
    WholeAccount,
}
