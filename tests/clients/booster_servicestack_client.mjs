// ServiceStack's own TypeScript/JavaScript client (@servicestack/client, JsonServiceClient) against the booster
// mock: typed calls with the request DTOs the host's metadata pages hand out, on the /api base path (the
// client's default) and on /json/reply (base path off), by GET and POST, plus the errors its users meet.
// Run by tests/clients/test_servicestack_clients.py: `node booster_servicestack_client.mjs <base-url> <token>
// <task-id>`; prints one JSON object, scenario name -> what the client gave back (or the error it raised).
import { JsonServiceClient } from "@servicestack/client";

const [baseUrl, token, taskId] = process.argv.slice(2);

// The DTOs as the host's TypeScript metadata page (`/types/typescript`) writes them, compiled by hand to
// JavaScript: the client asks a DTO for its name, method and response type.
class Task { constructor(init) { Object.assign(this, init); } }
class GetTaskResponse extends Array { constructor(init) { super(); Object.assign(this, init); } }
class GetTaskDetailResponse extends Task { constructor(init) { super(init); } }
class GetTask {
    constructor(init) { Object.assign(this, init); }
    getTypeName() { return "GetTask"; }
    getMethod() { return "GET"; }
    createResponse() { return new GetTaskResponse(); }
}
class GetTaskDetail {
    constructor(init) { Object.assign(this, init); }
    getTypeName() { return "GetTaskDetail"; }
    getMethod() { return "GET"; }
    createResponse() { return new GetTaskDetailResponse(); }
}
// The host's JavaScript (mjs) page gives bare classes: the client then names the request by its constructor.
const Mjs = {
    GetTaskDetail: class GetTaskDetail { constructor(init) { Object.assign(this, init); } },
};

function client({ basePath = "api", bearer = token } = {}) {
    const c = new JsonServiceClient(baseUrl);
    if (basePath !== "api") c.basePath = basePath;
    if (bearer) c.bearerToken = bearer;
    c.urls = [];
    c.urlFilter = (url) => c.urls.push(new URL(url).pathname + new URL(url).search);
    return c;
}

function summary(value) {
    if (Array.isArray(value)) return { kind: "list", statuses: value.map((t) => t.status).sort() };
    return { kind: "object", asyncTaskId: value.asyncTaskId, status: value.status, percentage: value.percentage };
}

async function scenario(name, make, call) {
    const c = make();
    try {
        const value = await call(c);
        return [name, { ok: true, value: summary(value), urls: c.urls }];
    } catch (e) {
        const status = e && e.responseStatus;
        return [name, {
            ok: false,
            errorCode: status ? status.errorCode : String(e),
            message: status ? status.message : undefined,
            fieldErrors: status && status.errors ? status.errors.map((x) => x.fieldName) : [],
            urls: c.urls,
        }];
    }
}

const results = Object.fromEntries(await Promise.all([
    scenario("api get GetTask", client, (c) => c.get(new GetTask())),
    scenario("api get GetTaskDetail", client, (c) => c.get(new GetTaskDetail({ asyncTaskId: taskId }))),
    scenario("api post GetTaskDetail", client, (c) => c.post(new GetTaskDetail({ asyncTaskId: taskId }))),
    scenario("api get mjs GetTaskDetail", client, (c) => c.get(new Mjs.GetTaskDetail({ asyncTaskId: taskId }))),
    scenario("reply get GetTask", () => client({ basePath: null }), (c) => c.get(new GetTask())),
    scenario("reply post GetTaskDetail", () => client({ basePath: null }),
        (c) => c.post(new GetTaskDetail({ asyncTaskId: taskId }))),
    scenario("url get /tasks/{id}", client, (c) => c.get(`/tasks/${taskId}`)),
    scenario("unknown task", client, (c) => c.get(new GetTaskDetail({ asyncTaskId: "0123456789abcdef0123456789abcdef" }))),
    scenario("not a guid", client, (c) => c.get(new GetTaskDetail({ asyncTaskId: "task-42" }))),
    scenario("no token", () => client({ bearer: null }), (c) => c.get(new GetTask())),
    scenario("wrong token", () => client({ bearer: "wrong-token" }), (c) => c.get(new GetTask())),
]));
process.stdout.write(JSON.stringify(results));
