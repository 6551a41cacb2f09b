using System.Security.Cryptography;
using IdentityCenter.Emulator.Api;
using IdentityCenter.Emulator.Http;
using IdentityCenter.Emulator.Validation;

namespace IdentityCenter.Emulator.State;

/// <summary>
/// The emulator's data: instances and their permission sets. Thread-safe: one lock guards everything,
/// and with a data file each change is saved before the lock is released, so the file never lags
/// behind a reply that was already sent.
/// </summary>
public sealed class EmulatorState
{
    private const string DefaultSessionDuration = "PT1H";

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
                _instances[instance.InstanceId] = FromSnapshot(instance);
            }
        }

        EnsureConfiguredInstance();
        Save();
    }

    /// <summary>The data file, when state is persisted.</summary>
    public string? DataFile => _file?.Path;

    /// <summary>All instances with their permission sets.</summary>
    public IReadOnlyList<InstanceSnapshot> GetInstances()
    {
        lock (_gate)
        {
            return _instances.Values.Select(static i => i.ToSnapshot()).ToArray();
        }
    }

    /// <summary>Number of permission sets in an instance; 0 for an instance that does not exist.</summary>
    public int CountPermissionSets(string instanceId)
    {
        lock (_gate)
        {
            return _instances.TryGetValue(instanceId, out InstanceRecord? instance) ? instance.PermissionSets.Count : 0;
        }
    }

    /// <summary>Permission sets of an instance in creation order; empty for an instance that does not exist.</summary>
    public IReadOnlyList<PermissionSetSnapshot> GetPermissionSets(string instanceId)
    {
        lock (_gate)
        {
            return _instances.TryGetValue(instanceId, out InstanceRecord? instance)
                ? instance.Ordered.Select(static p => p.ToSnapshot()).ToArray()
                : Array.Empty<PermissionSetSnapshot>();
        }
    }

    public PermissionSetSnapshot? FindPermissionSet(string instanceId, string permissionSetId)
    {
        lock (_gate)
        {
            return _instances.TryGetValue(instanceId, out InstanceRecord? instance)
                && instance.PermissionSets.TryGetValue(permissionSetId, out PermissionSetRecord? record)
                ? record.ToSnapshot()
                : null;
        }
    }

    public PermissionSetSnapshot? FindPermissionSetByName(string instanceId, string name)
    {
        lock (_gate)
        {
            return _instances.TryGetValue(instanceId, out InstanceRecord? instance)
                ? instance.PermissionSets.Values.FirstOrDefault(p => p.Name == name)?.ToSnapshot()
                : null;
        }
    }

    /// <summary>
    /// Seeds a permission set from code with the same validation and conflicts as the API.
    /// Throws <see cref="EmulatorServiceException"/> where the API would answer an error.
    /// </summary>
    public PermissionSetSnapshot CreatePermissionSet(
        string instanceId,
        string name,
        string? description = null,
        string? relayState = null,
        string? sessionDuration = null,
        IEnumerable<PermissionSetTag>? tags = null,
        string? customPolicy = null)
    {
        var request = new CreatePermissionSetRequest
        {
            Name = name,
            Description = description,
            RelayState = relayState,
            SessionDuration = sessionDuration,
            Tags = tags?.Select(static t => (TagDto?)new TagDto { Key = t.Key, Value = t.Value }).ToList(),
        };
        PermissionSetValidator.ValidateCreate(request);
        if (customPolicy is not null)
        {
            PermissionSetValidator.ValidateCustomPolicy(customPolicy);
        }

        lock (_gate)
        {
            PermissionSetSnapshot created = CreateLocked(instanceId, request);
            if (customPolicy is not null)
            {
                RequirePermissionSet(instanceId, created.PermissionSetId).CustomPolicy = customPolicy;
            }

            Save();
            return FindPermissionSetLocked(instanceId, created.PermissionSetId);
        }
    }

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

    internal Page<InstanceDto> ListInstances(int limit, string? marker)
    {
        lock (_gate)
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
        }
    }

    internal PermissionSetSnapshot Create(string instanceId, CreatePermissionSetRequest request)
    {
        lock (_gate)
        {
            PermissionSetSnapshot created = CreateLocked(instanceId, request);
            Save();
            return created;
        }
    }

    internal Page<PermissionSetSnapshot> List(string instanceId, PermissionSetFilter filter, int limit, string? marker)
    {
        lock (_gate)
        {
            InstanceRecord instance = RequireInstance(instanceId);
            return Paging.Take(
                instance.Ordered.Where(filter.Matches),
                static p => p.Sequence,
                static p => p.ToSnapshot(),
                "permission-sets|" + instanceId,
                limit,
                marker);
        }
    }

    internal PermissionSetSnapshot Get(string instanceId, string permissionSetId)
    {
        lock (_gate)
        {
            return RequirePermissionSet(instanceId, permissionSetId).ToSnapshot();
        }
    }

    internal void Update(string instanceId, string permissionSetId, UpdatePermissionSetRequest request)
    {
        lock (_gate)
        {
            PermissionSetRecord record = RequirePermissionSet(instanceId, permissionSetId);
            record.Description = request.Description ?? record.Description;
            record.RelayState = request.RelayState ?? record.RelayState;
            record.SessionDuration = request.SessionDuration ?? record.SessionDuration;
            Save();
        }
    }

    internal void Delete(string instanceId, string permissionSetId)
    {
        lock (_gate)
        {
            RequirePermissionSet(instanceId, permissionSetId);
            _instances[instanceId].PermissionSets.Remove(permissionSetId);
            Save();
        }
    }

    internal void PutCustomPolicy(string instanceId, string permissionSetId, string policy)
    {
        lock (_gate)
        {
            RequirePermissionSet(instanceId, permissionSetId).CustomPolicy = policy;
            Save();
        }
    }

    internal string GetCustomPolicy(string instanceId, string permissionSetId)
    {
        lock (_gate)
        {
            return RequirePermissionSet(instanceId, permissionSetId).CustomPolicy
                ?? throw NoCustomPolicy(permissionSetId);
        }
    }

    internal void DeleteCustomPolicy(string instanceId, string permissionSetId)
    {
        lock (_gate)
        {
            PermissionSetRecord record = RequirePermissionSet(instanceId, permissionSetId);
            if (record.CustomPolicy is null)
            {
                throw NoCustomPolicy(permissionSetId);
            }

            record.CustomPolicy = null;
            Save();
        }
    }

    internal StateDocument ToDocument()
    {
        lock (_gate)
        {
            return ToDocumentLocked();
        }
    }

    private PermissionSetSnapshot CreateLocked(string instanceId, CreatePermissionSetRequest request)
    {
        InstanceRecord instance = RequireInstance(instanceId);
        string name = request.Name!;
        if (instance.PermissionSets.Values.Any(p => p.Name == name))
        {
            throw new EmulatorServiceException(
                409,
                ErrorCodes.PermissionSetNameExists,
                $"A permission set named '{name}' already exists in instance {instanceId}.");
        }

        string id;
        do
        {
            id = "ps-" + RandomNumberGenerator.GetHexString(16, lowercase: true);
        }
        while (instance.PermissionSets.ContainsKey(id));

        var record = new PermissionSetRecord(instance.NextSequence++, id, name, _options.TimeProvider.GetUtcNow().ToUnixTimeMilliseconds())
        {
            Description = request.Description,
            RelayState = request.RelayState,
            SessionDuration = request.SessionDuration ?? DefaultSessionDuration,
            Tags = request.Tags?.Select(static t => new PermissionSetTag(t!.Key!, t.Value!)).ToList() ?? new List<PermissionSetTag>(),
        };
        instance.PermissionSets.Add(id, record);
        return record.ToSnapshot();
    }

    private PermissionSetSnapshot FindPermissionSetLocked(string instanceId, string permissionSetId) =>
        RequirePermissionSet(instanceId, permissionSetId).ToSnapshot();

    private InstanceRecord RequireInstance(string instanceId) =>
        _instances.TryGetValue(instanceId, out InstanceRecord? instance)
            ? instance
            : throw new EmulatorServiceException(404, ErrorCodes.NotFound, $"Instance {instanceId} does not exist.");

    private PermissionSetRecord RequirePermissionSet(string instanceId, string permissionSetId) =>
        RequireInstance(instanceId).PermissionSets.TryGetValue(permissionSetId, out PermissionSetRecord? record)
            ? record
            : throw new EmulatorServiceException(
                404,
                ErrorCodes.PermissionSetNotFound,
                $"Permission set {permissionSetId} does not exist in instance {instanceId}.");

    private static EmulatorServiceException NoCustomPolicy(string permissionSetId) =>
        new(404, ErrorCodes.NotFound, $"Permission set {permissionSetId} has no custom policy.");

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

    private static InstanceRecord FromSnapshot(InstanceSnapshot snapshot)
    {
        var record = new InstanceRecord(snapshot.InstanceId, snapshot.IdentityStoreId, snapshot.Alias, snapshot.InstanceUrn);
        foreach (PermissionSetSnapshot set in snapshot.PermissionSets ?? Array.Empty<PermissionSetSnapshot>())
        {
            record.PermissionSets[set.PermissionSetId] = new PermissionSetRecord(record.NextSequence++, set.PermissionSetId, set.Name, set.CreatedDate)
            {
                Description = set.Description,
                RelayState = set.RelayState,
                SessionDuration = set.SessionDuration,
                Tags = set.Tags?.ToList() ?? new List<PermissionSetTag>(),
                CustomPolicy = set.CustomPolicy,
            };
        }

        return record;
    }
}
