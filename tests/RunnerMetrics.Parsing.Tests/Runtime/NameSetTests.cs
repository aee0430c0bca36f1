using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;
using CsCheck;
using RunnerMetrics.Parsing.Runtime;
using RunnerMetrics.Parsing.Tests.Allocation;
using RunnerMetrics.Parsing.Tests.Support;

namespace RunnerMetrics.Parsing.Tests.Runtime;

/// <summary><see cref="NameSet"/> finds every repeated name and no other, whatever the count or length of names.</summary>
public class NameSetTests
{
    // Distinct names of mixed lengths; "n12" and "n120" share a prefix, and each name is a prefix of the next tens.
    internal static byte[][] DistinctNames(int count, int padding = 0)
    {
        var names = new byte[count][];
        for (int i = 0; i < count; i++)
        {
            names[i] = Encoding.UTF8.GetBytes(new string('p', padding) + "n" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return names;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(33)]
    [InlineData(100)]
    [InlineData(1_000)]
    [InlineData(4_096)]
    [InlineData(100_000)]
    public void Every_repeat_is_found_and_no_distinct_name_is_taken_for_one(int count)
    {
        var names = DistinctNames(count);
        var set = new NameSet(stackalloc byte[NameSet.StackBufferLength]);
        try
        {
            foreach (var name in names)
            {
                Assert.True(set.Add(name));
            }

            foreach (var name in names)
            {
                Assert.False(set.Add(name));
            }

            // A rejected repeat records nothing, and new names are still accepted.
            Assert.True(set.Add("fresh"u8));
            Assert.False(set.Add("fresh"u8));
        }
        finally
        {
            set.Dispose();
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(15)]
    [InlineData(5_000)]
    public void A_repeat_is_found_wherever_it_stands(int firstIndex)
    {
        var names = DistinctNames(10_000);
        var set = new NameSet(stackalloc byte[NameSet.StackBufferLength]);
        try
        {
            for (int i = 0; i < names.Length; i++)
            {
                Assert.True(set.Add(names[i]));
                if (i == firstIndex + 1)
                {
                    Assert.False(set.Add(names[firstIndex]));
                }
            }
        }
        finally
        {
            set.Dispose();
        }
    }

    [Theory]
    [InlineData(3)]
    [InlineData(40)]
    public void Names_over_64_KiB_differing_only_in_the_last_byte_are_kept_apart(int count)
    {
        const int Length = (64 * 1024) + 17;
        var names = new byte[count][];
        for (int i = 0; i < count; i++)
        {
            names[i] = new byte[Length];
            names[i].AsSpan().Fill((byte)'x');
            names[i][^1] = (byte)('A' + i);
        }

        var set = new NameSet(stackalloc byte[NameSet.StackBufferLength]);
        try
        {
            foreach (var name in names)
            {
                Assert.True(set.Add(name));
            }

            foreach (var name in names)
            {
                Assert.False(set.Add((byte[])name.Clone()));
            }

            // Its prefix and an extension of it are other names.
            Assert.True(set.Add(names[0].AsSpan(0, Length - 1)));
            Assert.True(set.Add([.. names[0], (byte)'!']));
        }
        finally
        {
            set.Dispose();
        }
    }

    [Fact]
    public void Names_differing_only_in_the_last_byte_are_kept_apart()
    {
        var set = new NameSet(stackalloc byte[NameSet.StackBufferLength]);
        try
        {
            for (int b = 0; b < 256; b++)
            {
                Assert.True(set.Add([(byte)'k', (byte)'e', (byte)'y', (byte)b]));
            }

            for (int b = 0; b < 256; b++)
            {
                Assert.False(set.Add([(byte)'k', (byte)'e', (byte)'y', (byte)b]));
            }
        }
        finally
        {
            set.Dispose();
        }
    }

    [Fact]
    public void The_empty_name_is_a_name()
    {
        var set = new NameSet(stackalloc byte[NameSet.StackBufferLength]);
        Assert.True(set.Add([]));
        Assert.True(set.Add("a"u8));
        Assert.False(set.Add([]));
        set.Dispose();
    }

    [Fact]
    public void A_set_without_a_stack_buffer_works_and_is_empty_after_dispose()
    {
        var set = new NameSet([]);
        Assert.True(set.Add("a"u8));
        Assert.False(set.Add("a"u8));
        set.Dispose();
        Assert.True(set.Add("a"u8));
        set.Dispose();
    }

    // Random sequences over a small alphabet (many repeats, some long names) agree with a HashSet.
    [Fact]
    public void Add_agrees_with_a_hash_set() =>
        Gen.Frequency(
                (8, Gen.String[Gen.Char["ab\u00e9"], 0, 3]),
                (1, Gen.String[Gen.Char["ab"], 200, 300]))
            .Array[0, 200]
            .Sample(names =>
            {
                var model = new HashSet<string>(StringComparer.Ordinal);
                var set = new NameSet(stackalloc byte[NameSet.StackBufferLength]);
                try
                {
                    foreach (var name in names)
                    {
                        Assert.Equal(model.Add(name), set.Add(Encoding.UTF8.GetBytes(name)));
                    }
                }
                finally
                {
                    set.Dispose();
                }
            });

    // The work (slots probed and names compared, counted by the set itself) grows linearly: 16 times the
    // names may cost at most about 20 times the work, where the old linear scan cost 256 times as much.
    [Fact]
    public void Work_grows_linearly_with_the_number_of_names()
    {
        // Each run adds every name, then adds it again: two operations per name, a few units of work each.
        long small = WorkToAdd(DistinctNames(4_096));
        long large = WorkToAdd(DistinctNames(65_536));
        Assert.InRange(small, 2 * 4_096, 4 * 2 * 4_096);
        Assert.InRange(large, 2 * 65_536, 20 * small);
    }

    private static long WorkToAdd(byte[][] names)
    {
        var set = new NameSet(stackalloc byte[NameSet.StackBufferLength]);
        try
        {
            foreach (var name in names)
            {
                Assert.True(set.Add(name));
            }

            // Each name looked up again: also constant work per name.
            foreach (var name in names)
            {
                Assert.False(set.Add(name));
            }

            return Work(ref set);
        }
        finally
        {
            set.Dispose();
        }
    }

    // The set's private work counter; reached this way because the library grants tests no internals.
    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_work")]
    private static extern ref long Work(ref NameSet set);
}

/// <summary>After warm-up, the pooled buffers come back from the pool: no allocation.</summary>
[Collection(AllocationCollection.Name)]
public class NameSetAllocationTests
{
    private static readonly byte[][] Names = NameSetTests.DistinctNames(1_000, padding: 20);

    [Fact]
    public void A_thousand_names_allocate_nothing_after_warm_up() =>
        Assert.Equal(0, Allocations.PerRun(() =>
        {
            var set = new NameSet(stackalloc byte[NameSet.StackBufferLength]);
            foreach (var name in Names)
            {
                set.Add(name);
            }

            set.Add(Names[500]);
            set.Dispose();
        }));
}
