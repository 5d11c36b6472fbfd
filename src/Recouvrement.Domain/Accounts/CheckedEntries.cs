using System.Collections.Generic;

namespace Recouvrement.Accounts;

/// <summary>
/// Entries that passed validation, with what validation learnt of them: each one's position by id, and its amount in
/// whole minor units. A ledger is laid out from them without hashing an id or reading an amount again.
/// </summary>
/// <param name="entries">The entries, in the caller's order; a copy nobody else holds.</param>
/// <param name="positionById">The position of each entry by id.</param>
/// <param name="units">Each entry's amount in minor units, by position.</param>
internal sealed class CheckedEntries(AccountEntry[] entries, Dictionary<string, int> positionById, long[] units)
{
    internal AccountEntry[] Entries => entries;

    internal Dictionary<string, int> PositionById => positionById;

    internal long[] Units => units;
}
