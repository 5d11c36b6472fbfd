namespace Recouvrement.Cases;

/// <summary>
/// One concern of a case decision — a hold, the reason's response, the ladder, a channel, the contact pressure, a
/// survey — applied in turn by <see cref="CaseDecider"/> to a <see cref="CaseDecisionContext"/>, the way a resilience
/// pipeline composes small strategies. <see cref="CaseRules"/> holds the library's rules and their order; a host adds
/// its own or replaces one through <see cref="CasePolicy.Rules"/>.
/// </summary>
/// <remarks>
/// A rule reads the case, the statement, the policy and what the earlier rules decided, and adds actions, holds and
/// skipped steps. It must be deterministic, keep no state between decisions and be safe to share between threads: one
/// instance serves every decision. An exception thrown by a rule is a programmer error; the decider rethrows it as an
/// <see cref="System.InvalidOperationException"/> naming the rule.
/// </remarks>
public abstract class CaseRule
{
    /// <summary>Initializes a rule.</summary>
    /// <param name="name">The rule's name, unique among a decider's rules: it is how a decision explains itself.</param>
    /// <exception cref="System.ArgumentException"><paramref name="name"/> is blank.</exception>
    protected CaseRule(string name)
    {
        Internal.Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(name), nameof(name), "A rule needs a name.");
        Name = name;
    }

    /// <summary>Gets the rule's name.</summary>
    public string Name { get; }

    /// <summary>Applies the rule to a decision being made.</summary>
    /// <param name="context">The decision so far; owned by the decision, never shared.</param>
    public abstract void Apply(CaseDecisionContext context);

    /// <summary>Returns the rule's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
