using System;
using IdentityCenter.Core.Errors;
using IdentityCenter.Core.Models;

namespace IdentityCenter.Core.Waiting
{
    /// <summary>What a wait does after each look at a request.</summary>
    public enum PollVerdict
    {
        /// <summary>The request reached SUCCEEDED or FAILED.</summary>
        Final,

        /// <summary>Look again at <see cref="PollDecision.NextPollAt"/>.</summary>
        PollAgain,

        /// <summary>The time limit passed with the request still in progress.</summary>
        TimedOut,
    }

    /// <summary>The verdict of one look at a request, with when to look next.</summary>
    public sealed class PollDecision
    {
        internal PollDecision(PollVerdict verdict, DateTimeOffset? nextPollAt, TimeSpan? delay)
        {
            Verdict = verdict;
            NextPollAt = nextPollAt;
            Delay = delay;
        }

        public PollVerdict Verdict { get; }

        public DateTimeOffset? NextPollAt { get; }

        public TimeSpan? Delay { get; }
    }

    /// <summary>
    /// How a wait for asynchronous requests decides: which states are final, the growing pause between looks, and the
    /// deadline. Pure: it reads the clock values it is given, so every decision can be checked without waiting.
    /// </summary>
    public sealed class PollSchedule
    {
        public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(10);
        public static readonly TimeSpan DefaultFirstDelay = TimeSpan.FromMilliseconds(500);
        public static readonly TimeSpan DefaultMaxDelay = TimeSpan.FromSeconds(10);

        /// <summary>The longest time limit a caller may set: a request in progress for longer is better looked up later.</summary>
        public static readonly TimeSpan MaxTimeout = TimeSpan.FromHours(24);

        /// <summary>Each pause is this many times the one before, up to <see cref="MaxDelay"/>.</summary>
        public const double Growth = 2;

        public PollSchedule(TimeSpan? timeout = null, TimeSpan? firstDelay = null, TimeSpan? maxDelay = null)
        {
            Timeout = timeout ?? DefaultTimeout;
            FirstDelay = firstDelay ?? DefaultFirstDelay;
            MaxDelay = maxDelay ?? DefaultMaxDelay;
            if (Timeout <= TimeSpan.Zero)
            {
                throw new ArgumentOutOfRangeException(nameof(timeout), Timeout, "The time limit of a wait must be positive.");
            }

            if (FirstDelay <= TimeSpan.Zero || MaxDelay < FirstDelay)
            {
                throw new ArgumentOutOfRangeException(nameof(firstDelay), FirstDelay, "The first pause must be positive and no longer than the longest pause.");
            }
        }

        /// <summary>How long the wait may take in all, from its start.</summary>
        public TimeSpan Timeout { get; }

        public TimeSpan FirstDelay { get; }

        public TimeSpan MaxDelay { get; }

        /// <summary>A time limit given by a user: positive and at most <see cref="MaxTimeout"/>.</summary>
        public static void ValidateTimeout(string parameter, TimeSpan timeout)
        {
            if (timeout <= TimeSpan.Zero || timeout > MaxTimeout)
            {
                throw new IdcValidationException(
                    parameter,
                    "the time limit is " + timeout.ToString("c", System.Globalization.CultureInfo.InvariantCulture),
                    "It must be more than zero and at most " + MaxTimeout.TotalHours.ToString(System.Globalization.CultureInfo.InvariantCulture) + " hours");
            }
        }

        public static bool IsFinal(string? status) => status == RequestStates.Succeeded || status == RequestStates.Failed;

        /// <summary>
        /// Whether a look that failed is worth another one: throttling, a server error or a lost connection may pass; a
        /// request the service does not know, or a refusal, will not.
        /// </summary>
        public static bool IsPassingFailure(Exception failure) =>
            failure is IdcTransportException
            || failure is IdcServiceException service && (service.StatusCode == 429 || service.StatusCode >= 500);

        public DateTimeOffset DeadlineFrom(DateTimeOffset start) => start + Timeout;

        /// <summary>The pause after <paramref name="pollsDone"/> looks (0 before the first): doubling from the first pause, capped.</summary>
        public TimeSpan DelayAfter(int pollsDone)
        {
            var delay = FirstDelay.TotalMilliseconds * Math.Pow(Growth, Math.Max(0, Math.Min(pollsDone, 30)));
            return TimeSpan.FromMilliseconds(Math.Min(delay, MaxDelay.TotalMilliseconds));
        }

        /// <summary>
        /// Decides after a look: final states end the wait; otherwise the next look comes after the pause, but never after
        /// the deadline, so the last look falls on it; a look at or past the deadline that is still not final times out.
        /// </summary>
        public PollDecision Decide(string? status, int pollsDone, DateTimeOffset now, DateTimeOffset deadline)
        {
            if (IsFinal(status))
            {
                return new PollDecision(PollVerdict.Final, null, null);
            }

            if (now >= deadline)
            {
                return new PollDecision(PollVerdict.TimedOut, null, null);
            }

            var next = now + DelayAfter(pollsDone);
            if (next > deadline)
            {
                next = deadline;
            }

            return new PollDecision(PollVerdict.PollAgain, next, next - now);
        }
    }
}
