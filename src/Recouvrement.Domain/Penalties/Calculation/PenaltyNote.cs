namespace Recouvrement.Penalties;

/// <summary>A remark the calculation makes (a legal floor applied, a cap reached), in both languages of the breakdown.</summary>
internal sealed record PenaltyNote(string English, string French);
