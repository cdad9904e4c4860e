package dev.rubric.collect.read.syntax;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;
import org.treesitter.TSNode;
import org.treesitter.TSParser;
import org.treesitter.TSTreeCursor;

/**
 * tree-sitter's native calls as the binding declares them, without the checks its public methods
 * add around each: every public getter of a node first asks the native side whether the node is
 * null (a second JNI call), and a node's start byte is already in the Java object. Copying a tree
 * calls these for every node, and the checks were most of the time. The cursor's handle is read
 * once; the walk never passes a null node.
 */
final class NativeNodes {
    private static final MethodHandle FIRST_CHILD;
    private static final MethodHandle NEXT_SIBLING;
    private static final MethodHandle PARENT;
    private static final MethodHandle CURRENT_NODE;
    private static final MethodHandle FIELD_ID;
    private static final MethodHandle SYMBOL;
    private static final MethodHandle END_BYTE;
    private static final VarHandle START_BYTE;
    private static final VarHandle CURSOR;

    static {
        try {
            MethodHandles.Lookup parser = MethodHandles.privateLookupIn(TSParser.class, MethodHandles.lookup());
            MethodType onCursor = MethodType.methodType(boolean.class, long.class);
            FIRST_CHILD = parser.findStatic(TSParser.class, "ts_tree_cursor_goto_first_child", onCursor);
            NEXT_SIBLING = parser.findStatic(TSParser.class, "ts_tree_cursor_goto_next_sibling", onCursor);
            PARENT = parser.findStatic(TSParser.class, "ts_tree_cursor_goto_parent", onCursor);
            CURRENT_NODE = parser.findStatic(TSParser.class, "ts_tree_cursor_current_node",
                    MethodType.methodType(TSNode.class, long.class));
            FIELD_ID = parser.findStatic(TSParser.class, "ts_tree_cursor_current_field_id",
                    MethodType.methodType(int.class, long.class));
            SYMBOL = parser.findStatic(TSParser.class, "ts_node_symbol", MethodType.methodType(int.class, TSNode.class));
            END_BYTE = parser.findStatic(TSParser.class, "ts_node_end_byte", MethodType.methodType(int.class, TSNode.class));
            // TSNode.context0 is tree-sitter's context[0], the node's start byte
            START_BYTE = MethodHandles.privateLookupIn(TSNode.class, MethodHandles.lookup())
                    .findVarHandle(TSNode.class, "context0", int.class);
            CURSOR = MethodHandles.privateLookupIn(TSTreeCursor.class, MethodHandles.lookup())
                    .findVarHandle(TSTreeCursor.class, "ptr", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private NativeNodes() {
    }

    static long cursor(TSTreeCursor cursor) {
        return (long) CURSOR.get(cursor);
    }

    static boolean gotoFirstChild(long cursor) {
        try {
            return (boolean) FIRST_CHILD.invokeExact(cursor);
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    static boolean gotoNextSibling(long cursor) {
        try {
            return (boolean) NEXT_SIBLING.invokeExact(cursor);
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    static boolean gotoParent(long cursor) {
        try {
            return (boolean) PARENT.invokeExact(cursor);
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    static TSNode currentNode(long cursor) {
        try {
            return (TSNode) CURRENT_NODE.invokeExact(cursor);
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    static int fieldId(long cursor) {
        try {
            return (int) FIELD_ID.invokeExact(cursor);
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    static int symbol(TSNode node) {
        try {
            return (int) SYMBOL.invokeExact(node);
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    static int endByte(TSNode node) {
        try {
            return (int) END_BYTE.invokeExact(node);
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    static int startByte(TSNode node) {
        return (int) START_BYTE.get(node);
    }

    private static RuntimeException rethrow(Throwable e) {
        if (e instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (e instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(e);
    }
}
