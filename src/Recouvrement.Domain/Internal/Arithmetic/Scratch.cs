namespace Recouvrement.Internal;

/// <summary>
/// The one pool of the kernel's working tables: each thread keeps one table of each kind between calculations, so a
/// statement, a classification or a breakdown over a whole portfolio allocates its tables once per thread.
/// </summary>
/// <typeparam name="T">The kind of table.</typeparam>
/// <remarks>
/// <para>One protocol: <see cref="Rent"/> a table, use it, <see cref="Return"/> it. A rented table leaves the thread's
/// slot, so a calculation that calls host code (an allocation strategy, a classification rule) which calls the kernel
/// again on the same thread rents a new table instead of the caller's: nested calls never share tables. A table not
/// returned (an exception, an early exit) is merely collected.</para>
/// <para>Tables hold caller data only while rented: <see cref="Return"/> clears them.</para>
/// </remarks>
internal static class Scratch<T>
    where T : class, IScratchTable, new()
{
    [System.ThreadStatic]
    private static T? free;

    /// <summary>Takes the thread's table, or a new one when it is rented already.</summary>
    internal static T Rent()
    {
        var table = free ?? new T();
        free = null;
        return table;
    }

    /// <summary>Clears <paramref name="table"/> and keeps it for the thread's next <see cref="Rent"/>.</summary>
    internal static void Return(T table)
    {
        table.Clear();
        free = table;
    }
}
