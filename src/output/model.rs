//! Result types with etcdctl's JSON shape: the structs etcdctl marshals are gogo-protobuf
//! messages, so field names are their JSON tags (snake_case for KV types, camelCase for
//! status and members), every field is `omitempty`, bytes are base64 and IDs are numbers.

use base64::Engine;
use serde::{Serialize, Serializer};

fn zero<T: Default + PartialEq>(v: &T) -> bool {
    *v == T::default()
}

fn b64<S: Serializer>(bytes: &[u8], s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&base64::engine::general_purpose::STANDARD.encode(bytes))
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Header {
    #[serde(skip_serializing_if = "zero")]
    pub cluster_id: u64,
    #[serde(skip_serializing_if = "zero")]
    pub member_id: u64,
    #[serde(skip_serializing_if = "zero")]
    pub revision: i64,
    #[serde(skip_serializing_if = "zero")]
    pub raft_term: u64,
}

impl Header {
    /// etcd's header is a nullable message: absent (e.g. 3.4's alarm responses) it is omitted.
    pub fn from(h: Option<&etcd_client::ResponseHeader>) -> Option<Self> {
        h.map(|h| Header {
            cluster_id: h.cluster_id(),
            member_id: h.member_id(),
            revision: h.revision(),
            raft_term: h.raft_term(),
        })
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Kv {
    #[serde(serialize_with = "b64", skip_serializing_if = "Vec::is_empty")]
    pub key: Vec<u8>,
    #[serde(skip_serializing_if = "zero")]
    pub create_revision: i64,
    #[serde(skip_serializing_if = "zero")]
    pub mod_revision: i64,
    #[serde(skip_serializing_if = "zero")]
    pub version: i64,
    #[serde(serialize_with = "b64", skip_serializing_if = "Vec::is_empty")]
    pub value: Vec<u8>,
    #[serde(skip_serializing_if = "zero")]
    pub lease: i64,
}

impl From<&etcd_client::KeyValue> for Kv {
    fn from(kv: &etcd_client::KeyValue) -> Self {
        Kv {
            key: kv.key().to_vec(),
            create_revision: kv.create_revision(),
            mod_revision: kv.mod_revision(),
            version: kv.version(),
            value: kv.value().to_vec(),
            lease: kv.lease(),
        }
    }
}

/// `get`: online (a RangeResponse) or offline from a snapshot.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Range {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub header: Option<Header>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub kvs: Vec<Kv>,
    #[serde(skip_serializing_if = "zero")]
    pub more: bool,
    #[serde(skip_serializing_if = "zero")]
    pub count: i64,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Put {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub header: Option<Header>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prev_kv: Option<Kv>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Delete {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub header: Option<Header>,
    #[serde(skip_serializing_if = "zero")]
    pub deleted: i64,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub prev_kvs: Vec<Kv>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct HeaderOnly {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub header: Option<Header>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Member {
    #[serde(rename = "ID", skip_serializing_if = "zero")]
    pub id: u64,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub name: String,
    #[serde(rename = "peerURLs", skip_serializing_if = "Vec::is_empty")]
    pub peer_urls: Vec<String>,
    #[serde(rename = "clientURLs", skip_serializing_if = "Vec::is_empty")]
    pub client_urls: Vec<String>,
    #[serde(rename = "isLearner", skip_serializing_if = "zero")]
    pub is_learner: bool,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct MemberList {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub header: Option<Header>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<Member>,
}

impl From<&etcd_client::MemberListResponse> for MemberList {
    fn from(r: &etcd_client::MemberListResponse) -> Self {
        MemberList {
            header: Header::from(r.header()),
            members: r
                .members()
                .iter()
                .map(|m| Member {
                    id: m.id(),
                    name: m.name().to_string(),
                    peer_urls: m.peer_urls().to_vec(),
                    client_urls: m.client_urls().to_vec(),
                    is_learner: m.is_learner(),
                })
                .collect(),
        }
    }
}

/// One endpoint's `Status` response, in the field order of etcd's StatusResponse message.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Status {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub header: Option<Header>,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub version: String,
    #[serde(rename = "dbSize", skip_serializing_if = "zero")]
    pub db_size: i64,
    #[serde(skip_serializing_if = "zero")]
    pub leader: u64,
    #[serde(rename = "raftIndex", skip_serializing_if = "zero")]
    pub raft_index: u64,
    #[serde(rename = "raftTerm", skip_serializing_if = "zero")]
    pub raft_term: u64,
    #[serde(rename = "raftAppliedIndex", skip_serializing_if = "zero")]
    pub raft_applied_index: u64,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<String>,
    #[serde(rename = "dbSizeInUse", skip_serializing_if = "zero")]
    pub db_size_in_use: i64,
    #[serde(rename = "isLearner", skip_serializing_if = "zero")]
    pub is_learner: bool,
    /// etcd >= 3.6 reports its --quota-backend-bytes here (0 before).
    #[serde(rename = "dbSizeQuota", skip_serializing_if = "zero")]
    pub db_size_quota: i64,
}

impl From<&etcd_client::StatusResponse> for Status {
    fn from(r: &etcd_client::StatusResponse) -> Self {
        Status {
            header: Header::from(r.header()),
            version: r.version().to_string(),
            db_size: r.db_size(),
            leader: r.leader(),
            raft_index: r.raft_index(),
            raft_term: r.raft_term(),
            raft_applied_index: r.raft_applied_index(),
            errors: r.errors().to_vec(),
            db_size_in_use: r.raft_used_db_size(),
            is_learner: r.is_learner(),
            db_size_quota: r.db_size_quota(),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct EndpointStatus {
    #[serde(rename = "Endpoint")]
    pub endpoint: String,
    #[serde(rename = "Status")]
    pub status: Status,
}

#[derive(Debug, Clone, Serialize)]
pub struct EndpointHealth {
    pub endpoint: String,
    pub health: bool,
    /// Go's full-precision duration, as etcdctl's JSON has it.
    pub took: String,
    /// The same, rounded for people (simple and table output).
    #[serde(skip)]
    pub took_human: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub error: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Alarm {
    #[serde(rename = "memberID", skip_serializing_if = "zero")]
    pub member_id: u64,
    /// Numeric, as in etcd's protobuf enum (NONE=0, NOSPACE=1, CORRUPT=2).
    #[serde(skip_serializing_if = "zero")]
    pub alarm: i32,
}

impl Alarm {
    pub fn name(&self) -> &'static str {
        match self.alarm {
            0 => "NONE",
            1 => "NOSPACE",
            2 => "CORRUPT",
            _ => "UNKNOWN",
        }
    }
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Alarms {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub header: Option<Header>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub alarms: Vec<Alarm>,
}

impl From<&etcd_client::AlarmResponse> for Alarms {
    fn from(r: &etcd_client::AlarmResponse) -> Self {
        Alarms {
            header: Header::from(r.header()),
            alarms: r
                .alarms()
                .iter()
                .map(|a| Alarm {
                    member_id: a.member_id(),
                    alarm: a.alarm() as i32,
                })
                .collect(),
        }
    }
}

/// One `watch` response, as etcdctl's JSON printer shows clientv3.WatchResponse.
#[derive(Debug, Clone, Serialize)]
pub struct WatchResponse {
    #[serde(rename = "Header")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub header: Option<Header>,
    #[serde(rename = "Events")]
    pub events: Vec<WatchEvent>,
    #[serde(rename = "CompactRevision")]
    pub compact_revision: i64,
    #[serde(rename = "Canceled")]
    pub canceled: bool,
    #[serde(rename = "Created")]
    pub created: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct WatchEvent {
    /// 0 = PUT (omitted, as protobuf's zero value), 1 = DELETE.
    #[serde(rename = "type", skip_serializing_if = "zero")]
    pub kind: i32,
    pub kv: Kv,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prev_kv: Option<Kv>,
}

/// `snapshot save` summary (ours; etcdctl prints only the path).
#[derive(Debug, Clone, Serialize)]
pub struct SnapshotSaved {
    pub path: String,
    pub endpoint: String,
    pub size: u64,
    pub sha256: String,
    /// From our reader of the saved file (absent when streaming to stdout).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub revision: Option<i64>,
    #[serde(rename = "totalKey", skip_serializing_if = "Option::is_none")]
    pub total_key: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hash: Option<u32>,
    #[serde(rename = "durationSeconds")]
    pub duration_seconds: f64,
    /// Bytes stored after --compress/--encrypt-to (absent when stored as is).
    #[serde(rename = "storedSize", skip_serializing_if = "Option::is_none")]
    pub stored_size: Option<u64>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub compressed: bool,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub encrypted: bool,
}

impl From<&etcd_client::Member> for Member {
    fn from(m: &etcd_client::Member) -> Self {
        Member {
            id: m.id(),
            name: m.name().to_string(),
            peer_urls: m.peer_urls().to_vec(),
            client_urls: m.client_urls().to_vec(),
            is_learner: m.is_learner(),
        }
    }
}

/// `member add|remove|update|promote`: etcd's response, as etcdctl's JSON prints it (only
/// `member add` names the new member).
#[derive(Debug, Clone, Default, Serialize)]
pub struct MemberChange {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub header: Option<Header>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub member: Option<Member>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<Member>,
}

impl MemberChange {
    pub fn new(
        header: Option<&etcd_client::ResponseHeader>,
        member: Option<&etcd_client::Member>,
        members: &[etcd_client::Member],
    ) -> Self {
        MemberChange {
            header: Header::from(header),
            member: member.map(Member::from),
            members: members.iter().map(Member::from).collect(),
        }
    }
}

/// One endpoint's `HashKV` response.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct HashKv {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub header: Option<Header>,
    #[serde(skip_serializing_if = "zero")]
    pub hash: u32,
    #[serde(skip_serializing_if = "zero")]
    pub compact_revision: i64,
    #[serde(skip_serializing_if = "zero")]
    pub hash_revision: i64,
}

impl From<&etcd_client::HashKvResponse> for HashKv {
    fn from(r: &etcd_client::HashKvResponse) -> Self {
        HashKv {
            header: Header::from(r.header()),
            hash: r.hash(),
            compact_revision: r.compact_version(),
            hash_revision: r.hash_revision(),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct EndpointHashKv {
    #[serde(rename = "Endpoint")]
    pub endpoint: String,
    #[serde(rename = "HashKV")]
    pub hash_kv: HashKv,
}
