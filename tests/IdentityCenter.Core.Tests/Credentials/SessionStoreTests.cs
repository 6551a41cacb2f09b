using IdentityCenter.Core.Credentials;

namespace IdentityCenter.Core.Tests.Credentials;

public class SessionStoreTests
{
    [Fact]
    public void A_new_store_holds_the_empty_session()
    {
        Assert.Same(SessionSettings.Empty, new SessionStore().Current);
    }

    [Fact]
    public void Replace_sets_the_whole_session_and_Clear_forgets_it()
    {
        var store = new SessionStore();
        var first = new SessionSettings(null, null, null, "domain-1", null, null);
        var second = new SessionSettings(null, null, null, null, "operations", null);

        store.Replace(first);
        Assert.Same(first, store.Current);

        store.Replace(second);
        Assert.Same(second, store.Current);
        Assert.Null(store.Current.DomainId);

        store.Clear();
        Assert.True(store.Current.IsEmpty);
    }

    [Fact]
    public void A_snapshot_taken_before_a_change_stays_as_it_was()
    {
        var store = new SessionStore();
        store.Replace(new SessionSettings(null, null, null, "domain-1", null, null));
        var snapshot = store.Current;

        store.Clear();

        Assert.Equal("domain-1", snapshot.DomainId);
    }

    [Fact]
    public void Null_is_not_a_session()
    {
        Assert.Throws<ArgumentNullException>(() => new SessionStore().Replace(null!));
    }

    [Fact]
    public void The_process_store_is_one_instance()
    {
        Assert.Same(SessionStore.Process, SessionStore.Process);
    }
}
