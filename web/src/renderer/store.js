// dcc.Store: renders nothing. Like Dash 4.4.1's Store it keeps `data` in memory, localStorage
// or sessionStorage (`storage_type`), and sets `modified_timestamp` whenever `data` is stored:
// on mount when it has data (or restores the stored data) and after every new value.
import { useEffect, useLayoutEffect, useRef } from "preact/hooks";

function backstore(type) {
  if (type === "local" || type === "session") {
    const storage = type === "local" ? window.localStorage : window.sessionStorage;
    return {
      get(id) {
        try {
          return JSON.parse(storage.getItem(id));
        } catch {
          return null;
        }
      },
      set(id, value) {
        storage.setItem(id, JSON.stringify(value));
        storage.setItem(`${id}-timestamp`, Date.now());
      },
      remove(id) {
        storage.removeItem(id);
        storage.removeItem(`${id}-timestamp`);
      },
      modified: (id) => Number.parseInt(storage.getItem(`${id}-timestamp`), 10) || -1,
    };
  }
  let data;
  let modified = -1;
  return {
    get: () => data,
    set(id, value) {
      data = value;
      modified = Date.now();
    },
    remove() {
      data = undefined;
      modified = Date.now();
    },
    modified: () => modified,
  };
}

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

export function Store({ node, props, id, setProps }) {
  const store = useRef(null);
  if (!store.current) store.current = backstore(props.storage_type);

  useLayoutEffect(() => {
    const { data } = node.props;
    const old = store.current.get(id);
    if (old == null && data != null) {
      store.current.set(id, data);
      setProps({ modified_timestamp: store.current.modified(id) });
    } else if (!same(old, data)) {
      setProps({ data: old, modified_timestamp: store.current.modified(id) });
    }
  }, []);

  // After every update: clear_data empties the store; new data is stored and timestamped.
  // (`same` tells undefined from null, as ramda's equals does in Dash.)
  const first = useRef(true);
  useLayoutEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const { data, clear_data } = node.props;
    if (clear_data) {
      store.current.remove(id);
      setProps({ clear_data: false, data: null, modified_timestamp: store.current.modified(id) });
    } else if (!same(data, store.current.get(id))) {
      store.current.set(id, data);
      setProps({ modified_timestamp: store.current.modified(id) });
    }
  }, [props]);

  // Another tab changed a local/session store.
  useEffect(() => {
    if (props.storage_type !== "local" && props.storage_type !== "session") return undefined;
    const onStorage = (event) => {
      if (event.key === id && event.newValue !== event.oldValue) {
        setProps({ data: JSON.parse(event.newValue), modified_timestamp: store.current.modified(id) });
      }
    };
    window.addEventListener("storage", onStorage);
    return () => window.removeEventListener("storage", onStorage);
  }, [id, props.storage_type]);

  return null;
}
