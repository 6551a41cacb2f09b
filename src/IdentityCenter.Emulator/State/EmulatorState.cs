using IdentityCenter.Emulator.Api;
using IdentityCenter.Emulator.Http;

namespace IdentityCenter.Emulator.State;

/// <summary>
/// The emulator's data: instances with their permission sets, assignments and asynchronous requests.
/// Thread-safe: one lock guards everything, and with a data file each change is saved before the lock
/// is released, so the file never lags behind a reply that was already sent. The operations live in
/// the partial files beside this one, one area each.
/// </summary>
public sealed partial class EmulatorState
{
    private readonly object _gate = new();
    private readonly Dictionary<string, InstanceRecord> _instances = new(StringComparer.Ordinal);
    private readonly EmulatorOptions _options;
    private readonly StateFile? _file;

    internal EmulatorState(EmulatorOptions options, StateFile? file)
    {
        _options = options;
        _file = file;
        StateDocument? loaded = file?.Load();
        if (loaded is not null)
        {
            foreach (InstanceSnapshot instance in loaded.Instances)
            {
                _instances[instance.InstanceId] = InstanceRecord.FromSnapshot(instance);
            }
        }

        EnsureConfiguredInstance();
        Save();
    }

    /// <summary>The data file, when state is persisted.</summary>
    public string? DataFile => _file?.Path;

    /// <summary>All instances with their permission sets, assignments and requests (settled up to now).</summary>
    public IReadOnlyList<InstanceSnapshot> GetInstances() =>
        Read(() => _instances.Values.Select(static i => i.ToSnapshot()).ToArray());

    /// <summary>Back to the configured instance with no permission sets (saved when persisted).</summary>
    public void Reset()
    {
        lock (_gate)
        {
            _instances.Clear();
            EnsureConfiguredInstance();
            Save();
        }
    }

    internal Page<InstanceDto> ListInstances(int limit, string? marker) => Read(() =>
    {
        // Instances have no creation sequence of their own; their order by id is stable instead.
        var ordered = _instances.Values.OrderBy(static i => i.InstanceId, StringComparer.Ordinal)
            .Select((instance, index) => (Sequence: (long)index + 1, Instance: instance));
        return Paging.Take(
            ordered,
            static e => e.Sequence,
            static e => new InstanceDto(e.Instance.InstanceId, e.Instance.IdentityStoreId, e.Instance.Alias, e.Instance.InstanceUrn),
            "instances",
            limit,
            marker);
    });

    internal StateDocument ToDocument() => Read(ToDocumentLocked);

    /// <summary>Runs a read under the lock, after settling asynchronous requests that are due.</summary>
    private T Read<T>(Func<T> read)
    {
        lock (_gate)
        {
            bool settled = SettleDueRequests();
            try
            {
                return read();
            }
            finally
            {
                if (settled)
                {
                    Save();
                }
            }
        }
    }

    /// <summary>
    /// Runs a change under the lock, after settling due requests, and saves it. A change that throws
    /// must throw before it touches anything, so a refusal never leaves half a change behind.
    /// </summary>
    private T Change<T>(Func<T> change)
    {
        lock (_gate)
        {
            bool settled = SettleDueRequests();
            bool changed = false;
            try
            {
                T result = change();
                changed = true;
                return result;
            }
            finally
            {
                if (changed || settled)
                {
                    Save();
                }
            }
        }
    }

    private void Change(Action change) => Change(() =>
    {
        change();
        return true;
    });

    private long NowMs => _options.TimeProvider.GetUtcNow().ToUnixTimeMilliseconds();

    private InstanceRecord RequireInstance(string instanceId) =>
        _instances.TryGetValue(instanceId, out InstanceRecord? instance)
            ? instance
            : throw new EmulatorServiceException(404, ErrorCodes.NotFound, $"Instance {instanceId} does not exist.");

    private PermissionSetRecord RequirePermissionSet(string instanceId, string permissionSetId) =>
        RequireInstance(instanceId).PermissionSets.TryGetValue(permissionSetId, out PermissionSetRecord? record)
            ? record
            : throw PermissionSetNotFound(permissionSetId, "instance " + instanceId);

    private static EmulatorServiceException PermissionSetNotFound(string permissionSetId, string where) =>
        new(404, ErrorCodes.PermissionSetNotFound, $"Permission set {permissionSetId} does not exist in {where}.");

    private void EnsureConfiguredInstance()
    {
        if (!_instances.ContainsKey(_options.InstanceId))
        {
            _instances[_options.InstanceId] = new InstanceRecord(
                _options.InstanceId,
                _options.IdentityStoreId,
                _options.InstanceAlias,
                $"IdentityCenter::{_options.DomainId}:instance:{_options.InstanceId}");
        }
    }

    private StateDocument ToDocumentLocked() =>
        new(StateDocument.CurrentFormatVersion, _instances.Values.Select(static i => i.ToSnapshot()).ToArray());

    private void Save()
    {
        _file?.Save(ToDocumentLocked());
    }
}
