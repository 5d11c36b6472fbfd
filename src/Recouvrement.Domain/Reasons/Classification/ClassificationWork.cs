using System;
using System.Collections.Generic;
using Recouvrement.Internal;

namespace Recouvrement.Reasons;

/// <summary>
/// The working tables of one classification: the signals as an array, the distinct reasons found with their highest
/// confidence, and the signals that support each (a chain per reason, each signal once, by position: storing
/// integers spares the garbage collector's write barrier). Rented from <see cref="Scratch{T}"/>.
/// </summary>
internal sealed class ClassificationWork : IScratchTable
{
    private ReasonSignal?[] copy = [];
    private Found[] reasons = new Found[8];
    private Link[] links = new Link[16];
    private int linkCount;

    /// <summary>Gets the signals being classified; the first <see cref="SignalCount"/> are theirs.</summary>
    public ReasonSignal?[] Signals { get; private set; } = [];

    /// <summary>Gets how many signals there are.</summary>
    public int SignalCount { get; private set; }

    /// <summary>Gets the reasons found; the first <see cref="ReasonCount"/> are theirs.</summary>
    public Found[] Reasons => reasons;

    /// <summary>Gets how many distinct reasons were found.</summary>
    public int ReasonCount { get; private set; }

    /// <summary>
    /// Rents the thread's tables for <paramref name="signals"/>; an array is read in place, other lists are copied, so
    /// that loops index an array.
    /// </summary>
    public static ClassificationWork Rent(IReadOnlyList<ReasonSignal?> signals)
    {
        var work = Scratch<ClassificationWork>.Rent();
        if (signals is ReasonSignal?[] array)
        {
            work.Signals = array;
        }
        else
        {
            if (work.copy.Length < signals.Count)
            {
                work.copy = new ReasonSignal?[signals.Count];
            }

            for (var i = 0; i < signals.Count; i++)
            {
                work.copy[i] = signals[i];
            }

            work.Signals = work.copy;
        }

        work.SignalCount = signals.Count;
        return work;
    }

    /// <summary>Gives the tables back to the thread.</summary>
    public void Return() => Scratch<ClassificationWork>.Return(this);

    /// <inheritdoc/>
    public void Clear()
    {
        Array.Clear(reasons, 0, ReasonCount);
        Array.Clear(links, 0, linkCount);
        if (ReferenceEquals(Signals, copy))
        {
            Array.Clear(copy, 0, SignalCount);
        }

        Signals = [];
        SignalCount = ReasonCount = linkCount = 0;
    }

    /// <summary>Records that signal number <paramref name="signal"/> (-1 for a presumption) supports <paramref name="reason"/>.</summary>
    public void Add(UnpaidReason reason, ReasonConfidence confidence, int signal)
    {
        var r = IndexOf(reason);
        if (r < 0)
        {
            if (ReasonCount == reasons.Length)
            {
                Array.Resize(ref reasons, reasons.Length * 2);
            }

            r = ReasonCount++;
            reasons[r] = new Found(reason, confidence);
        }
        else if (confidence.Value > reasons[r].Confidence.Value)
        {
            reasons[r].Confidence = confidence;
        }

        if (signal < 0 || Supports(r, Signals[signal]!))
        {
            return;
        }

        if (linkCount == links.Length)
        {
            Array.Resize(ref links, links.Length * 2);
        }

        links[linkCount] = new Link(signal, reasons[r].Last);
        reasons[r].Last = linkCount++;
        reasons[r].Count++;
    }

    /// <summary>Adds <paramref name="to"/> for every rejected payment that supports <paramref name="from"/>.</summary>
    public void AddRejections(UnpaidReason from, UnpaidReason to, ReasonConfidence confidence)
    {
        var r = IndexOf(from);
        for (var link = r < 0 ? -1 : reasons[r].Last; link >= 0; link = links[link].Next)
        {
            if (Signals[links[link].Signal] is DirectDebitReturned or CardDeclined)
            {
                Add(to, confidence, links[link].Signal);
            }
        }
    }

    /// <summary>The signals that support reason <paramref name="index"/>, in a new array the caller owns.</summary>
    public ReasonSignal[] Evidence(int index)
    {
        var evidence = reasons[index].Count == 0 ? [] : new ReasonSignal[reasons[index].Count];

        // Through a span: the array is exactly ReasonSignal[], so no store needs the covariance check.
        var fill = new Span<ReasonSignal>(evidence);
        var next = fill.Length;
        for (var link = reasons[index].Last; link >= 0; link = links[link].Next)
        {
            fill[--next] = Signals[links[link].Signal]!;
        }

        return evidence;
    }

    private int IndexOf(UnpaidReason reason)
    {
        // Reasons compare by value (what SmartEnum equality means) without its operators' type checks.
        for (var i = 0; i < ReasonCount; i++)
        {
            if (reasons[i].Reason.Value == reason.Value)
            {
                return i;
            }
        }

        return -1;
    }

    private bool Supports(int reason, ReasonSignal signal)
    {
        for (var link = reasons[reason].Last; link >= 0; link = links[link].Next)
        {
            if (ReferenceEquals(Signals[links[link].Signal], signal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A distinct reason, its highest confidence, and its chain of supporting signals (last first).</summary>
    internal struct Found(UnpaidReason reason, ReasonConfidence confidence)
    {
        public readonly UnpaidReason Reason = reason;
        public ReasonConfidence Confidence = confidence;
        public int Last = -1;
        public int Count;
    }

    private readonly record struct Link(int Signal, int Next);
}
