using System;
using System.Linq;
using System.Threading.Tasks;
using RunnerMetrics.Parsing.Runtime;
using RunnerMetrics.Parsing.Tests.Allocation;
using RunnerMetrics.Parsing.Tests.Support;

namespace RunnerMetrics.Parsing.Tests.Runtime;

/// <summary>
/// The pool is bounded and lock-free, and its sets hold two entries: two values whose hashes share a set (a
/// one-set pool makes every pair share one) both stay pooled, so alternating between them allocates nothing.
/// </summary>
[Collection(AllocationCollection.Name)]
public class StringPoolTests
{
    private static readonly byte[] Push = Expect.Utf8("push");
    private static readonly byte[] Schedule = Expect.Utf8("schedule");
    private static readonly byte[] Release = Expect.Utf8("release");

    [Fact]
    public void Two_values_sharing_a_set_both_stay_pooled_and_alternating_between_them_allocates_nothing()
    {
        var pool = new StrictJsonStringPool(slotCount: 2);
        string push = pool.GetOrAdd(Push);
        string schedule = pool.GetOrAdd(Schedule);

        Assert.Same(push, pool.GetOrAdd(Push));
        Assert.Same(schedule, pool.GetOrAdd(Schedule));
        Assert.Equal(0, Allocations.PerRun(() =>
        {
            pool.GetOrAdd(Push);
            pool.GetOrAdd(Schedule);
        }));
    }

    [Fact]
    public void A_third_value_in_a_full_set_evicts_the_one_added_longest_ago()
    {
        var pool = new StrictJsonStringPool(slotCount: 2);
        pool.GetOrAdd(Push);
        string schedule = pool.GetOrAdd(Schedule);
        string release = pool.GetOrAdd(Release);

        Assert.False(pool.TryGet(Push, out _));
        Assert.True(pool.TryGet(Schedule, out var pooledSchedule));
        Assert.Same(schedule, pooledSchedule);
        Assert.True(pool.TryGet(Release, out var pooledRelease));
        Assert.Same(release, pooledRelease);
    }

    [Fact]
    public void Lookups_that_miss_return_nothing_and_add_nothing()
    {
        var pool = new StrictJsonStringPool(slotCount: 2);

        Assert.False(pool.TryGet(Push, out var value));
        Assert.Null(value);
        Assert.False(pool.TryGet(Push, out _));
    }

    [Fact]
    public void Invalid_utf8_is_refused_and_never_pooled()
    {
        var pool = new StrictJsonStringPool(slotCount: 2);
        byte[] loneContinuation = [(byte)'a', 0x80];

        Assert.False(pool.TryGetOrAdd(loneContinuation, out var value));
        Assert.Null(value);
        Assert.False(pool.TryGet(loneContinuation, out _));
    }

    [Fact]
    public void Values_longer_than_the_pooled_limit_are_read_but_never_pooled()
    {
        var pool = new StrictJsonStringPool();
        byte[] longest = Expect.Utf8(new string('a', StrictJsonStringPool.MaxPooledByteLength));
        byte[] tooLong = Expect.Utf8(new string('a', StrictJsonStringPool.MaxPooledByteLength + 1));

        Assert.Same(pool.GetOrAdd(longest), pool.GetOrAdd(longest));
        string first = pool.GetOrAdd(tooLong);
        Assert.Equal(new string('a', StrictJsonStringPool.MaxPooledByteLength + 1), first);
        Assert.NotSame(first, pool.GetOrAdd(tooLong));
        Assert.False(pool.TryGet(tooLong, out _));
    }

    [Theory]
    [InlineData(-2)]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(6)]
    public void Slot_counts_that_are_not_a_power_of_two_of_at_least_two_are_refused(int slotCount) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new StrictJsonStringPool(slotCount));

    [Fact]
    public void Threads_racing_for_the_same_small_pool_always_get_their_own_value()
    {
        var pool = new StrictJsonStringPool(slotCount: 4);
        string[] values = Enumerable.Range(0, 16).Select(i => $"value-{i}").ToArray();
        byte[][] utf8 = values.Select(Expect.Utf8).ToArray();

        Parallel.For(0, 8, thread =>
        {
            for (int i = 0; i < 20_000; i++)
            {
                int which = (thread + i) % values.Length;
                Assert.Equal(values[which], pool.GetOrAdd(utf8[which]));
            }
        });
    }
}
